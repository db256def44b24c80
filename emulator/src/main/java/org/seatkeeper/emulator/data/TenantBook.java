package org.seatkeeper.emulator.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The customers of one provider, in list order, with lookups. Guarded by the {@link World} lock. */
final class TenantBook implements java.io.Serializable {

    private final List<Tenant> tenants = new ArrayList<>();
    private final Map<String, Tenant> byCustomerId = new HashMap<>();
    private final Map<UUID, Subscription> byPax8Id;

    TenantBook(boolean indexPax8Ids) {
        this.byPax8Id = indexPax8Ids ? new HashMap<>() : null;
    }

    void add(Tenant tenant) {
        tenants.add(tenant);
        byCustomerId.put(tenant.customerId().toLowerCase(java.util.Locale.ROOT), tenant);
        tenant.subscriptions().forEach(this::indexSubscription);
    }

    void indexSubscription(Subscription subscription) {
        if (byPax8Id != null) {
            byPax8Id.put(subscription.pax8Id(), subscription);
        }
    }

    void unindexSubscription(Subscription subscription) {
        if (byPax8Id != null) {
            byPax8Id.remove(subscription.pax8Id());
        }
    }

    boolean remove(String customerId) {
        Tenant tenant = byCustomerId.remove(customerId.toLowerCase(java.util.Locale.ROOT));
        if (tenant == null) {
            return false;
        }
        tenants.remove(tenant);
        if (byPax8Id != null) {
            tenant.subscriptions().forEach(s -> byPax8Id.remove(s.pax8Id()));
        }
        return true;
    }

    List<Tenant> tenants() {
        return tenants;
    }

    Tenant byCustomerId(String customerId) {
        return byCustomerId.get(customerId.toLowerCase(java.util.Locale.ROOT));
    }

    /** Fast lookup where the provider addresses subscriptions without their customer (Pax8). */
    Subscription subscription(String id) {
        if (byPax8Id != null) {
            try {
                Subscription found = byPax8Id.get(UUID.fromString(id));
                if (found != null) {
                    return found;
                }
            } catch (IllegalArgumentException notAUuid) {
                // fall through to the scan
            }
        }
        for (Tenant tenant : tenants) {
            Subscription found = tenant.subscription(id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
