package org.seatkeeper.db.contracts;

/** One line of the contracts list: the contract, its customer's name and how many subscriptions it holds. */
public record ContractSummary(BillingContract contract, String customerName, int subscriptions,
                              int activeSubscriptions) {
}
