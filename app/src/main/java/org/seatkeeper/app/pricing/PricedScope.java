package org.seatkeeper.app.pricing;

import org.seatkeeper.db.pricing.PriceScope;

/**
 * A provider or contract whose price rules a page shows: its name, the currency its products are priced in, and where
 * its own page is.
 */
record PricedScope(PriceScope scope, String name, String currency, String href) {

    String pricingHref() {
        return href + "/pricing";
    }

    /** "provider Pax8", "contract Main". */
    String label() {
        return scope.kind().name().toLowerCase() + " " + name;
    }
}
