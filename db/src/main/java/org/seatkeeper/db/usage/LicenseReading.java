package org.seatkeeper.db.usage;

import java.util.List;
import java.util.Objects;

/** What one read of a tenant says about one SKU, to store. */
public record LicenseReading(String skuId, String skuPartNumber, String name, int purchased, int assigned, int suspended,
                             int warning, String capabilityStatus, List<String> usernames) {

    public LicenseReading {
        Objects.requireNonNull(skuId, "skuId");
        usernames = usernames == null ? List.of() : List.copyOf(usernames);
        if (purchased < 0 || assigned < 0 || suspended < 0 || warning < 0) {
            throw new IllegalArgumentException("License counts cannot be negative: " + skuId);
        }
    }

    public int unassigned() {
        return Math.max(0, purchased - assigned);
    }
}
