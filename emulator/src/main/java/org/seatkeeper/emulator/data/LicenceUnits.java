package org.seatkeeper.emulator.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's licence counts per product, from its subscriptions, so Graph's {@code subscribedSkus} and Partner Center's
 * {@code subscribedskus} always tell the same story: enabled = the active subscriptions' seats, assigned = the seats
 * users hold (never more than enabled), suspended = suspended seats, warning = expired seats in their grace period.
 * Deleted and pending subscriptions count nowhere; usage-based products (Azure) have no seats.
 */
public final class LicenceUnits {

    private LicenceUnits() {
    }

    /** One product's counts in one tenant. */
    public record Units(int enabled, int assigned, int suspended, int warning) {

        Units plus(Subscription s) {
            return switch (s.status()) {
                case ACTIVE -> new Units(enabled + s.quantity(), assigned + s.assigned(), suspended, warning);
                case SUSPENDED -> new Units(enabled, assigned, suspended + s.quantity(), warning);
                case EXPIRED -> new Units(enabled, assigned, suspended, warning + s.quantity());
                default -> this;
            };
        }

        /** Graph's capabilityStatus for the sku as a whole. */
        public String capabilityStatus() {
            return enabled > 0 ? "Enabled" : warning > 0 ? "Warning" : "Suspended";
        }
    }

    /** Call under the world's lock. Products in the order the tenant bought them. */
    public static Map<Product, Units> of(Tenant tenant) {
        Map<Product, Units> units = new LinkedHashMap<>();
        for (Subscription s : tenant.subscriptions()) {
            if (s.offer().product().licenseBased() && s.status() != SubscriptionStatus.DELETED
                    && s.status() != SubscriptionStatus.PENDING) {
                units.merge(s.offer().product(), new Units(0, 0, 0, 0).plus(s), (a, b) -> new Units(a.enabled + b.enabled,
                        a.assigned + b.assigned, a.suspended + b.suspended, a.warning + b.warning));
            }
        }
        return units;
    }
}
