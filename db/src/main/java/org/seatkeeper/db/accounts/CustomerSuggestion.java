package org.seatkeeper.db.accounts;

/**
 * A customer that probably owns a provider account.
 *
 * @param score 0..1, higher is likelier
 * @param reason why it was suggested, for the page ("same domain", "similar name")
 */
public record CustomerSuggestion(long customerId, String customerName, String customerDomain, double score,
                                 String reason) {
}
