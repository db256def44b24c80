package org.seatkeeper.providers.connector;

import java.util.List;
import java.util.Objects;

/**
 * One licence (SKU) of a customer tenant as the partner sees it through delegated access: purchased (enabled),
 * assigned, suspended and warning (expired seats in their grace period), and who holds it.
 *
 * @param skuId         Graph's skuId GUID
 * @param skuPartNumber e.g. {@code SPB}, {@code O365_BUSINESS_ESSENTIALS}
 * @param name          the product's name when Partner Center gave it, else null
 * @param usernames     userPrincipalNames of the users holding it, sorted
 */
public record TenantLicence(String skuId, String skuPartNumber, String name, int purchased, int assigned, int suspended,
                            int warning, String capabilityStatus, List<String> usernames) {

    public TenantLicence {
        Objects.requireNonNull(skuId, "skuId");
        usernames = usernames == null ? List.of() : List.copyOf(usernames);
    }

    /** Seats paid for that nobody holds (never negative: Graph may count a seat assigned twice while it moves). */
    public int unassigned() {
        return Math.max(0, purchased - assigned);
    }
}
