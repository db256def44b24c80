package org.seatkeeper.emulator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the emulator starts.
 *
 * @param port                   0 = a free port
 * @param tenantsPerProvider     customers generated for each of Partner Center, Ion and Pax8
 * @param prospectTenants        existing Microsoft tenants that are not yet our customers
 * @param seed                   everything generated (names, ids, quantities, drift, 503 choice) follows from it
 * @param faults                 initial faults per API (missing = none)
 * @param subscriptionsPerTenant 0 = a realistic random 1..9 (about 5 on average); otherwise exactly this many
 * @param firstDay               the first emulated day; null = a fixed day that follows from the seed (tests compare
 *                               dates), the demo gives the app's today so renewals and term ends read true
 */
public record EmulatorSettings(int port, int tenantsPerProvider, int prospectTenants, long seed,
                               Map<Api, FaultSettings> faults, int subscriptionsPerTenant, LocalDate firstDay) {

    public EmulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (tenantsPerProvider < 0 || prospectTenants < 0 || subscriptionsPerTenant < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        EnumMap<Api, FaultSettings> copy = new EnumMap<>(Api.class);
        if (faults != null) {
            copy.putAll(faults);
        }
        faults = Map.copyOf(copy);
    }

    public EmulatorSettings(int port, int tenantsPerProvider, int prospectTenants, long seed, Map<Api, FaultSettings> faults) {
        this(port, tenantsPerProvider, prospectTenants, seed, faults, 0, null);
    }

    public EmulatorSettings(int port, int tenantsPerProvider, int prospectTenants, long seed, Map<Api, FaultSettings> faults,
                            int subscriptionsPerTenant) {
        this(port, tenantsPerProvider, prospectTenants, seed, faults, subscriptionsPerTenant, null);
    }

    /** Port 0, 25 tenants per provider, 5 prospects, seed 42, no faults, realistic subscription counts. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings(0, 25, 5, 42L, Map.of(), 0, null);
    }

    public FaultSettings faultsFor(Api api) {
        return faults.getOrDefault(api, FaultSettings.none());
    }

    public EmulatorSettings withPort(int p) {
        return new EmulatorSettings(p, tenantsPerProvider, prospectTenants, seed, faults, subscriptionsPerTenant, firstDay);
    }

    public EmulatorSettings withTenants(int n) {
        return new EmulatorSettings(port, n, prospectTenants, seed, faults, subscriptionsPerTenant, firstDay);
    }

    public EmulatorSettings withSeed(long s) {
        return new EmulatorSettings(port, tenantsPerProvider, prospectTenants, s, faults, subscriptionsPerTenant, firstDay);
    }

    public EmulatorSettings withProspects(int n) {
        return new EmulatorSettings(port, tenantsPerProvider, n, seed, faults, subscriptionsPerTenant, firstDay);
    }

    public EmulatorSettings withSubscriptionsPerTenant(int n) {
        return new EmulatorSettings(port, tenantsPerProvider, prospectTenants, seed, faults, n, firstDay);
    }

    /** The emulated day starts at {@code day} instead of the seed's fixed day. */
    public EmulatorSettings withFirstDay(LocalDate day) {
        return new EmulatorSettings(port, tenantsPerProvider, prospectTenants, seed, faults, subscriptionsPerTenant, day);
    }

    public EmulatorSettings withFaults(Api api, FaultSettings f) {
        EnumMap<Api, FaultSettings> copy = new EnumMap<>(Api.class);
        copy.putAll(faults);
        copy.put(api, f);
        return new EmulatorSettings(port, tenantsPerProvider, prospectTenants, seed, copy, subscriptionsPerTenant, firstDay);
    }
}
