package org.seatkeeper.app.psabilling;

import java.util.List;

/** /psa/billing-profiles: every profile with what it bills. */
public record BillingProfilesPage(List<Row> rows, boolean canWrite) {

    /** @param price "12.50 USD / 9.00 USD" (price / cost) */
    public record Row(long id, String name, String product, String price, String types, String skus, int links,
                      String changed) {
    }
}
