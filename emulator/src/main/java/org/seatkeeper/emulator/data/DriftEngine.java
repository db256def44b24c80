package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DriftReport;
import org.seatkeeper.emulator.DriftReport.NewTenant;
import org.seatkeeper.emulator.DriftReport.QuantityChange;
import org.seatkeeper.emulator.DriftReport.Renewal;
import org.seatkeeper.emulator.DriftReport.SubscriptionRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Moves the emulated day on with realistic, seeded drift: the same seed and day always drift the same way. */
public final class DriftEngine {

    private static final List<Api> PROVIDERS = List.of(Api.PARTNER_CENTER, Api.ION, Api.PAX8);

    private final World world;
    private final long seed;

    public DriftEngine(World world, long seed) {
        this.world = world;
        this.seed = seed;
    }

    public DriftReport advanceDay() {
        return world.write(this::drift);
    }

    private DriftReport drift() {
        world.nextDay();
        LocalDate today = world.today();
        Random random = new Random(seed * 1_000_003L + today.toEpochDay());
        List<QuantityChange> increases = new ArrayList<>();
        List<QuantityChange> decreases = new ArrayList<>();
        List<NewTenant> newTenants = new ArrayList<>();
        List<SubscriptionRef> cancelled = new ArrayList<>();
        for (Api provider : PROVIDERS) {
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                change(pick(provider, random, 1), 1 + random.nextInt(5), increases);
            }
            change(pick(provider, random, 2), -(1 + random.nextInt(3)), decreases);
            Tenant tenant = world.addRandomTenant(provider, random, 1 + random.nextInt(3), true);
            newTenants.add(new NewTenant(provider, tenant.customerId(), tenant.profile().companyName(),
                    tenant.profile().domain(), tenant.tenantId().toString()));
        }
        Subscription victim = pick(PROVIDERS.get((int) Math.floorMod(today.toEpochDay(), 3L)), random, 1);
        if (victim != null) {
            world.setStatus(victim, SubscriptionStatus.DELETED);
            cancelled.add(ref(victim));
        }
        List<Renewal> renewals = new ArrayList<>();
        List<SubscriptionRef> expired = new ArrayList<>();
        endTerms(today, renewals, expired);
        return new DriftReport(today, increases, decreases, newTenants, cancelled, renewals, expired);
    }

    private void change(Subscription subscription, int delta, List<QuantityChange> report) {
        if (subscription == null) {
            return;
        }
        int old = subscription.quantity();
        int quantity = Math.max(1, Math.min(300, old + delta));
        if (quantity == old) {
            return;
        }
        int assigned = subscription.assigned();
        world.setQuantity(subscription, quantity);
        world.setAssigned(subscription, delta > 0 ? assigned + (quantity - old) : Math.min(assigned, quantity));
        Tenant tenant = subscription.tenant();
        report.add(new QuantityChange(tenant.provider(), tenant.customerId(), subscription.providerId(), old, quantity));
    }

    /** A random active licence subscription with at least {@code minQuantity} seats, or null. */
    private Subscription pick(Api provider, Random random, int minQuantity) {
        List<Tenant> tenants = world.tenants(provider);
        for (int attempt = 0; attempt < 20 && !tenants.isEmpty(); attempt++) {
            List<Subscription> subscriptions = tenants.get(random.nextInt(tenants.size())).subscriptions();
            if (subscriptions.isEmpty()) {
                continue;
            }
            Subscription candidate = subscriptions.get(random.nextInt(subscriptions.size()));
            if (candidate.status().isActive() && candidate.offer().product().licenseBased() && candidate.quantity() >= minQuantity) {
                return candidate;
            }
        }
        return null;
    }

    /** Terms that ended yesterday renew (auto-renew) or expire. */
    private void endTerms(LocalDate today, List<Renewal> renewals, List<SubscriptionRef> expired) {
        for (Api provider : PROVIDERS) {
            for (Tenant tenant : world.tenants(provider)) {
                for (Subscription subscription : tenant.subscriptions()) {
                    boolean live = subscription.status() == SubscriptionStatus.ACTIVE || subscription.status() == SubscriptionStatus.SUSPENDED;
                    if (!live || !subscription.commitmentEnd().isBefore(today)) {
                        continue;
                    }
                    if (subscription.autoRenew()) {
                        LocalDate oldEnd = subscription.commitmentEnd();
                        world.renew(subscription);
                        renewals.add(new Renewal(provider, tenant.customerId(), subscription.providerId(), oldEnd,
                                subscription.commitmentEnd()));
                    } else {
                        world.setStatus(subscription, SubscriptionStatus.EXPIRED);
                        expired.add(ref(subscription));
                    }
                }
            }
        }
    }

    private static SubscriptionRef ref(Subscription subscription) {
        return new SubscriptionRef(subscription.tenant().provider(), subscription.tenant().customerId(), subscription.providerId());
    }
}
