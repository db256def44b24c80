package org.seatkeeper.db.mismatch;

/** Which way a finding costs money: we bill less than we pay for, more than we should, or we cannot tell (data). */
public enum Direction {
    UNDER_BILLING("Under-billing"), OVER_BILLING("Over-billing"), DATA("Data");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
