package org.seatkeeper.db.mismatch;

/**
 * Which way a finding costs money: we bill less than we pay for, more than we should, or we cannot tell (data). How
 * pages name it: {@code app/mismatch/CheckTexts}.
 */
public enum Direction {
    UNDER_BILLING, OVER_BILLING, DATA
}
