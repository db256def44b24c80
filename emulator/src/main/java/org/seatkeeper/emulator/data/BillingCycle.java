package org.seatkeeper.emulator.data;

import java.util.Locale;

/** How often a subscription is billed; NCE sells an annual term billed monthly or annually. */
public enum BillingCycle {
    MONTHLY(1, "monthly", "Monthly", "M"),
    ANNUAL(12, "annual", "Annual", "A"),
    TRIENNIAL(36, "triennial", "3-Year", "T");

    private final int months;
    private final String lowerName;
    private final String pax8Name;
    private final String letter;

    BillingCycle(int months, String lowerName, String pax8Name, String letter) {
        this.months = months;
        this.lowerName = lowerName;
        this.pax8Name = pax8Name;
        this.letter = letter;
    }

    /** Months in one billing period: a unit price is per license and period. */
    public int months() {
        return months;
    }

    /** Partner Center and Ion spelling: {@code monthly}, {@code annual}, {@code triennial}. */
    public String lowerName() {
        return lowerName;
    }

    /** Pax8's billingTerm: {@code Monthly}, {@code Annual}, {@code 3-Year}. */
    public String pax8Name() {
        return pax8Name;
    }

    /** The last letter of an Ion part number, e.g. {@code CFQ7TTC0LH18:0001:P1Y:M}. */
    public String letter() {
        return letter;
    }

    /** Accepts any of the spellings above, ignoring case. */
    public static BillingCycle parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (BillingCycle cycle : values()) {
            if (cycle.lowerName.equals(wanted) || cycle.pax8Name.toLowerCase(Locale.ROOT).equals(wanted)
                    || cycle.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return cycle;
            }
        }
        throw new IllegalArgumentException("Unknown billing cycle: " + text + " (monthly, annual or triennial)");
    }
}
