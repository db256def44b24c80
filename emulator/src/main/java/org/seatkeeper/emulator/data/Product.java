package org.seatkeeper.emulator.data;

/**
 * A Microsoft 365 product as sold through CSP (NCE catalog ids) and seen in a tenant (Graph sku).
 *
 * @param code          short code used for PSA catalog identifiers, e.g. {@code M365-BP}
 * @param graphSkuId    the Graph skuId GUID (null for Azure plan)
 * @param usdPerMonth   list price per seat and month on an annual term, in USD
 * @param addOn         sold to a few users (Visio, Project) rather than to the whole company
 */
public record Product(String code, String name, String skuPartNumber, String graphSkuId, String productId, String skuId,
                      String monthlyAvailabilityId, String annualAvailabilityId, String ionSkuId, double usdPerMonth,
                      boolean usageBased, boolean addOn, int weight) implements java.io.Serializable {

    public boolean licenseBased() {
        return !usageBased;
    }
}
