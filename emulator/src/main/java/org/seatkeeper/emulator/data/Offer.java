package org.seatkeeper.emulator.data;

import java.time.LocalDate;

/** A product on one term: monthly (P1M) and annual (P1Y) terms are different NCE offers. */
public record Offer(Product product, Term term) implements java.io.Serializable {

    public enum Term {
        P1M(1, "monthly", "Monthly", "M"),
        P1Y(12, "annual", "Annual", "A"),
        P3Y(36, "triennial", "Triennial", "T");

        private final int months;
        private final String billingCycle;
        private final String title;
        private final String letter;

        Term(int months, String billingCycle, String title, String letter) {
            this.months = months;
            this.billingCycle = billingCycle;
            this.title = title;
            this.letter = letter;
        }

        public int months() {
            return months;
        }

        public String billingCycle() {
            return billingCycle;
        }

        public String title() {
            return title;
        }

        public String letter() {
            return letter;
        }

        public LocalDate plus(LocalDate date, int terms) {
            return date.plusMonths((long) months * terms);
        }
    }

    public String availabilityId() {
        return term == Term.P1M ? product.monthlyAvailabilityId() : product.annualAvailabilityId();
    }

    /** The billing cycle a new subscription of this offer has unless told otherwise. */
    public BillingCycle defaultBillingCycle() {
        return switch (term) {
            case P1M -> BillingCycle.MONTHLY;
            case P1Y -> BillingCycle.ANNUAL;
            case P3Y -> BillingCycle.TRIENNIAL;
        };
    }

    /** NCE offer id {@code productId:skuId:availabilityId}. */
    public String offerId() {
        return product.productId() + ":" + product.skuId() + ":" + availabilityId();
    }

    /** Distributor part number as Ion shows it: term and billing cycle, e.g. {@code CFQ7TTC0LH18:0001:P1Y:M}. */
    public String mfgPartNumber(BillingCycle cycle) {
        return product.productId() + ":" + product.skuId() + ":" + term.name() + ":" + cycle.letter();
    }

    /** PSA catalog identifier, e.g. {@code M365-BP-A}. */
    public String catalogIdentifier() {
        return product.code() + "-" + term.letter();
    }

    /** Price per seat and month in the currency; a monthly term costs 20% more, as in NCE. */
    public double unitPrice(String currency) {
        double usd = product.usdPerMonth() * (term == Term.P1M ? 1.2 : 1.0);
        return Math.round(usd * ProductCatalog.usdRate(currency) * 100.0) / 100.0;
    }

    /** What the reseller pays: 15% under list. */
    public double unitCost(String currency) {
        return Math.round(unitPrice(currency) * 85.0) / 100.0;
    }
}
