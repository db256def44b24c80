package org.seatkeeper.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DriftReport;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProspectTenant;
import org.seatkeeper.emulator.data.DriftEngine;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.SubscriptionStatus;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.faults.Faults;
import org.seatkeeper.emulator.ion.IonTokens;
import org.seatkeeper.emulator.partnercenter.PartnerCenterState;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The control operations, shared by the Java API and the {@code /_emulator} endpoints. */
public final class EmulatorOperations implements EmulatorControl {

    private final World world;
    private final DriftEngine drift;
    private final Faults faults;
    private final PartnerCenterState partnerCenter;
    private final IonTokens ionTokens;

    public EmulatorOperations(World world, DriftEngine drift, Faults faults, PartnerCenterState partnerCenter, IonTokens ionTokens) {
        this.world = world;
        this.drift = drift;
        this.faults = faults;
        this.partnerCenter = partnerCenter;
        this.ionTokens = ionTokens;
    }

    @Override
    public void setFaults(Api api, FaultSettings settings) {
        faults.of(api).setSettings(settings);
    }

    @Override
    public void failNext(Api api, int count, int httpStatus) {
        faults.of(api).failNext(count, httpStatus);
    }

    @Override
    public void failAfter(Api api, int successfulRequests, int httpStatus) {
        faults.of(api).failAfter(successfulRequests, httpStatus);
    }

    @Override
    public void clearFaults(Api api) {
        faults.of(api).clear();
    }

    @Override
    public String addTenant(Api provider, String companyName, String domain, String country) {
        return world.write(() -> {
            if (world.domainTaken(domain)) {
                throw new IllegalArgumentException("Domain already in use: " + domain);
            }
            return world.addTenant(provider, world.profile(companyName, domain.toLowerCase(Locale.ROOT), country)).customerId();
        });
    }

    @Override
    public void removeTenant(Api provider, String customerId) {
        boolean removed = world.write(() -> world.removeTenant(provider, customerId));
        if (!removed) {
            throw new IllegalArgumentException("No " + provider + " customer " + customerId);
        }
    }

    @Override
    public String acceptRelationship(String tenantIdOrDomain) {
        return world.write(() -> world.acceptRelationship(tenantIdOrDomain).customerId());
    }

    @Override
    public List<ProspectTenant> prospects() {
        return world.read(() -> world.prospects().stream().map(EmulatorOperations::prospect).toList());
    }

    private static ProspectTenant prospect(Tenant t) {
        return new ProspectTenant(t.tenantId().toString(), t.profile().domain(), t.profile().companyName(), t.profile().country());
    }

    @Override
    public DriftReport advanceDay() {
        return drift.advanceDay();
    }

    @Override
    public LocalDate today() {
        return world.read(world::today);
    }

    @Override
    public void setSubscriptionQuantity(Api provider, String subscriptionId, int quantity) {
        world.write(() -> {
            Subscription subscription = require(provider, subscriptionId);
            world.setQuantity(subscription, quantity);
            return null;
        });
    }

    @Override
    public void setSubscriptionStatus(Api provider, String subscriptionId, String status) {
        SubscriptionStatus parsed = SubscriptionStatus.parse(status);
        world.write(() -> {
            world.setStatus(require(provider, subscriptionId), parsed);
            return null;
        });
    }

    private Subscription require(Api provider, String subscriptionId) {
        Subscription subscription = world.subscription(provider, subscriptionId);
        if (subscription == null) {
            throw new IllegalArgumentException("No " + provider + " subscription " + subscriptionId);
        }
        return subscription;
    }

    @Override
    public List<String> agreementsRecorded(String customerId) {
        return partnerCenter.agreements(customerId).stream().map(a -> a.path("templateId").asText()).toList();
    }

    /** The full attestation bodies recorded for a customer. */
    public List<JsonNode> agreementBodies(String customerId) {
        return partnerCenter.agreements(customerId);
    }

    @Override
    public int requestCount(Api api) {
        return faults.of(api).requestCount();
    }

    @Override
    public int throttledCount(Api api) {
        return faults.of(api).throttledCount();
    }

    @Override
    public void setAsyncSubscriptionUpdates(boolean enabled) {
        partnerCenter.setAsyncUpdates(enabled);
    }

    @Override
    public String issueIonRefreshToken() {
        return ionTokens.issueRefreshToken();
    }
}
