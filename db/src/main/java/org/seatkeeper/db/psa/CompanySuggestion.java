package org.seatkeeper.db.psa;

/**
 * A ConnectWise company that is probably the customer.
 *
 * @param score  0..1, higher is likelier
 * @param reason why it was suggested, for the page ("same domain", "similar name")
 */
public record CompanySuggestion(long companyId, String companyName, String identifier, String website, double score,
                                String reason) {
}
