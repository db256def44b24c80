package org.seatkeeper.emulator.control;

import java.util.List;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.SubscriptionStatus;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;

/** Spreads a tenant's assigned seats of one SKU over its active subscriptions of that SKU. Call under the write lock. */
final class AssignedLicences {

    private AssignedLicences() {
    }

    static void set(World world, Tenant tenant, String sku, int assigned) {
        List<Subscription> active = tenant.subscriptions().stream()
                .filter(s -> s.status() == SubscriptionStatus.ACTIVE && s.offer().product().licenseBased())
                .filter(s -> sku.equalsIgnoreCase(s.offer().product().skuPartNumber())
                        || sku.equalsIgnoreCase(s.offer().product().graphSkuId()))
                .toList();
        int seats = active.stream().mapToInt(Subscription::quantity).sum();
        if (active.isEmpty() || assigned < 0 || assigned > seats) {
            throw new IllegalArgumentException("Tenant " + tenant.tenantId() + " has " + seats + " active seats of " + sku
                    + "; cannot assign " + assigned);
        }
        int left = assigned;
        for (Subscription s : active) {
            int here = Math.min(left, s.quantity());
            world.setAssigned(s, here);
            left -= here;
        }
    }
}
