package org.seatkeeper.providers.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.providers.partnercenter.PartnerCenterPriceSheets;
import org.seatkeeper.providers.partnercenter.PriceSheetRow;

/**
 * Partner Center's price lists per market: the NCE license-based price sheet, fetched once per market and kept for
 * six hours, so a sync over thousands of customers asks Microsoft once per market. Only the commercial segment (the
 * sheet also prices education, government and charity); of tiered prices, the lowest tier.
 */
final class PartnerCenterPrices {

    static final Duration KEPT = Duration.ofHours(6);

    private final PartnerCenterPriceSheets sheets;
    private final Clock clock;
    private final Map<String, Kept> byMarket = new ConcurrentHashMap<>();

    PartnerCenterPrices(PartnerCenterPriceSheets sheets, Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
    }

    PriceList forMarket(String market) {
        if (market == null || market.isBlank()) {
            return PriceList.none(market);
        }
        String iso2 = market.strip().toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        return byMarket.compute(iso2, (key, kept) -> kept != null && kept.until().isAfter(now) ? kept
                : new Kept(priceList(key, sheets.licenseBased(key)), now.plus(KEPT))).prices();
    }

    static PriceList priceList(String market, List<PriceSheetRow> rows) {
        List<PriceSheetRow> commercial = new ArrayList<>();
        for (PriceSheetRow row : rows) {
            if ((row.segment() == null || row.segment().isBlank() || row.segment().equalsIgnoreCase("Commercial"))
                    && row.productId() != null && row.skuId() != null && row.currency() != null) {
                commercial.add(row);
            }
        }
        // the lowest tier first: the list keeps the first entry of each product, SKU, term and cycle
        commercial.sort(Comparator.comparing(r -> r.tierMin() == null ? java.math.BigDecimal.ZERO : r.tierMin()));
        List<PriceListEntry> entries = new ArrayList<>();
        for (PriceSheetRow row : commercial) {
            String term = StatusMapping.term(row.termDuration());
            BillingCycle cycle = StatusMapping.billingCycle(row.billingPlan());
            Currency currency;
            try {
                currency = Currency.getInstance(row.currency().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (term == null || cycle == BillingCycle.NONE) {
                continue;
            }
            entries.add(new PriceListEntry(row.productId().strip(), row.skuId().strip(), row.productTitle(),
                    row.skuTitle(), term, cycle, new Money(row.unitPrice(), currency),
                    row.erpPrice() == null ? null : new Money(row.erpPrice(), currency)));
        }
        return new PriceList(market, entries);
    }

    private record Kept(PriceList prices, Instant until) {
    }
}
