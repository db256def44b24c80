package org.seatkeeper.app.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.db.usage.LicenseSubscription;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.TenantLicense;

/**
 * Builds the Licenses tab's rows: each tenant license with the Seatkeeper subscriptions behind it, found through the
 * SKU mapping table (a subscription's product offer id is the mapping's productId:skuId or starts with it). A pure
 * function of what was read.
 */
final class LicenseOverview {

    static final String NOT_LINKED = "not linked";
    static final String LINKED = "linked";
    static final String NEVER = "never";
    private static final int HOLDERS_SHOWN = 10;

    private LicenseOverview() {
    }

    static List<LicenseRow> rows(List<TenantLicense> licenses, Map<Long, List<String>> holders, List<SkuMapping> mappings,
                                 List<LicenseSubscription> subscriptions) {
        return rows(licenses, holders, mappings, subscriptions, Map.of(), Map.of());
    }

    /**
     * @param links     each license's links, by tenant license id
     * @param lastSyncs each linked license's last PSA sync in words, by tenant license id
     */
    static List<LicenseRow> rows(List<TenantLicense> licenses, Map<Long, List<String>> holders, List<SkuMapping> mappings,
                                 List<LicenseSubscription> subscriptions, Map<Long, List<LicenseRow.Link>> links,
                                 Map<Long, String> lastSyncs) {
        List<LicenseRow> rows = new ArrayList<>();
        for (TenantLicense l : licenses) {
            List<SkuMapping> mapped = mappings.stream().filter(m -> m.skuId().equalsIgnoreCase(l.skuId())).toList();
            List<String> behind = subscriptions.stream()
                    .filter(s -> mapped.stream().anyMatch(m -> m.matches(s.offerId())))
                    .map(LicenseOverview::describe).toList();
            String name = l.name() != null ? l.name() : mapped.isEmpty() ? l.skuPartNumber() : mapped.get(0).name();
            rows.add(new LicenseRow(name == null ? l.skuId() : name, l.skuPartNumber() == null ? "" : l.skuPartNumber(),
                    l.purchased(), l.assigned(), l.unassigned(), l.suspended(), l.warning(), status(l), kind(l), l.present(),
                    holders(holders.getOrDefault(l.id(), List.of())), behind,
                    links.containsKey(l.id()) ? LINKED : NOT_LINKED, lastSyncs.getOrDefault(l.id(), NEVER), l.id(), links.getOrDefault(l.id(), List.of())));
        }
        return rows;
    }

    private static String describe(LicenseSubscription s) {
        return s.name() + " · " + s.term() + " " + s.billingCycle().toLowerCase(Locale.ROOT) + " · " + s.quantity()
                + (s.status().equals("ACTIVE") ? "" : " · " + s.status().toLowerCase(Locale.ROOT))
                + (s.termEndDate() == null ? "" : " · term ends " + s.termEndDate()
                + (s.autoRenew() ? ", renews" : ", does not renew"));
    }

    private static String holders(List<String> usernames) {
        if (usernames.size() <= HOLDERS_SHOWN) {
            return String.join(", ", usernames);
        }
        return String.join(", ", usernames.subList(0, HOLDERS_SHOWN)) + " and " + (usernames.size() - HOLDERS_SHOWN) + " more";
    }

    private static String status(TenantLicense l) {
        if (!l.present()) {
            return "gone from the tenant";
        }
        return l.capabilityStatus() == null ? "" : l.capabilityStatus().toLowerCase(Locale.ROOT);
    }

    private static String kind(TenantLicense l) {
        if (!l.present()) {
            return "muted";
        }
        if (l.suspended() > 0 || l.warning() > 0) {
            return "warn";
        }
        return l.unassigned() > 0 ? "info" : "ok";
    }
}
