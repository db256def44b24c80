package org.seatkeeper.batch.psa;

import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.QuantitySource;

/** The quantity a license link bills: the chosen source, never below the link's minimum. Pure. */
public final class BillingQuantity {

    private BillingQuantity() {
    }

    /**
     * @param subscriptionQuantity Seatkeeper's subscriptions behind the license, in the terms the profile bills
     * @param purchased            the tenant's purchased (enabled) count
     */
    public static int of(LicenseLinkDetails link, int subscriptionQuantity, int purchased) {
        int source = link.quantitySource() == QuantitySource.PURCHASED ? purchased : subscriptionQuantity;
        return Math.max(link.minimumQuantity(), source);
    }
}
