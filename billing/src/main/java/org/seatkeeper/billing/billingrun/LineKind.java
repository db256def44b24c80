package org.seatkeeper.billing.billingrun;

/** What an invoice line charges for. */
public enum LineKind {
    /** the period ahead, at the quantity and price in force on its first day */
    RECURRING,
    /** licenses added (or reactivated) during a billed period, from their date to that period's end */
    INCREASE,
    /** licenses removed (or suspended) during a billed period: a credit from their date to that period's end */
    CREDIT,
    /** a new unit price from its date to the billed period's end */
    PRICE_CHANGE,
    /** events that change nothing billed (a renewal, a decrease the provider does not refund): shown, not charged */
    NO_CHARGE,
    /** on a credit note: the opposite of a line of the invoice it voids */
    VOID
}
