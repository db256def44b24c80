package org.seatkeeper.providers.connector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.seatkeeper.providers.graph.GraphSku;
import org.seatkeeper.providers.graph.GraphUser;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.partnercenter.SubscribedSku;

/**
 * Puts a tenant's licences together: Partner Center's subscribedskus give the counts when the partner has them (the
 * partner's own record of what was bought), Graph's subscribedSkus otherwise and for the SKUs Partner Center does not
 * list; Graph's users give who holds each SKU. A pure function.
 */
final class TenantLicenceMapping {

    private TenantLicenceMapping() {
    }

    static List<TenantLicence> merge(List<GraphSku> graphSkus, List<Parsed<SubscribedSku>> partnerSkus, List<GraphUser> users) {
        Map<String, SubscribedSku> partner = new HashMap<>();
        for (Parsed<SubscribedSku> parsed : partnerSkus) {
            SubscribedSku sku = parsed.value();
            if (parsed.ok() && sku != null && sku.productSku() != null && sku.productSku().id() != null) {
                partner.put(key(sku.productSku().id()), sku);
            }
        }
        Map<String, TreeSet<String>> holders = new HashMap<>();
        for (GraphUser user : users) {
            for (String skuId : user.assignedSkuIds()) {
                if (user.userPrincipalName() != null) {
                    holders.computeIfAbsent(key(skuId), k -> new TreeSet<>()).add(user.userPrincipalName());
                }
            }
        }
        List<TenantLicence> out = new ArrayList<>();
        for (GraphSku sku : graphSkus) {
            if (sku.skuId() == null) {
                continue;
            }
            List<String> usernames = new ArrayList<>(holders.getOrDefault(key(sku.skuId()), new TreeSet<>()));
            SubscribedSku counted = partner.get(key(sku.skuId()));
            out.add(counted == null
                    ? new TenantLicence(sku.skuId(), sku.skuPartNumber(), null, sku.enabled(), sku.consumed(),
                            sku.suspended(), sku.warning(), sku.capabilityStatus(), usernames)
                    : new TenantLicence(sku.skuId(), sku.skuPartNumber(), counted.productSku().name(),
                            orZero(counted.activeUnits()), orZero(counted.consumedUnits()), orZero(counted.suspendedUnits()),
                            orZero(counted.warningUnits()), sku.capabilityStatus(), usernames));
        }
        return out;
    }

    private static String key(String skuId) {
        return skuId.toLowerCase(Locale.ROOT);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
