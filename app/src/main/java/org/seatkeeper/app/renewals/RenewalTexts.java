package org.seatkeeper.app.renewals;

import java.util.Optional;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.renewals.Renewal;

/** The words the calendar and its CSV use for a renewal's term, billing period and amounts. */
final class RenewalTexts {

    private RenewalTexts() {
    }

    static String term(Renewal r) {
        if (r.term() == null) {
            return "no product";
        }
        return switch (r.term()) {
            case "P1M" -> "1 month";
            case "P1Y" -> "1 year";
            case "P3Y" -> "3 years";
            default -> "no term";
        } + switch (r.billingCycle() == null ? "" : r.billingCycle()) {
            case "MONTHLY" -> ", billed monthly";
            case "ANNUAL" -> ", billed yearly";
            case "TRIENNIAL" -> ", billed every 3 years";
            default -> "";
        };
    }

    /** An amount per billing period, e.g. "150.00 USD / month"; a dash when the price or cost is not known. */
    static String perPeriod(Optional<Money> amount, Renewal r) {
        return amount.map(m -> m + period(r.billingCycle())).orElse("—");
    }

    static String autoRenew(Renewal r) {
        return r.autoRenew() ? "renews" : "expires (auto-renew off)";
    }

    static String status(Renewal r) {
        return "SUSPENDED".equals(r.status()) ? "suspended" : "active";
    }

    private static String period(String billingCycle) {
        return switch (billingCycle == null ? "" : billingCycle) {
            case "MONTHLY" -> " / month";
            case "ANNUAL" -> " / year";
            case "TRIENNIAL" -> " / 3 years";
            default -> "";
        };
    }
}
