package org.seatkeeper.app.psacompanies;

import java.util.List;

/**
 * A customer's ConnectWise tab: its company (or the choice of one, suggestions first) and its contact sync.
 *
 * @param company         "Contoso Ltd (CONTOSO)", empty when not linked
 * @param companyNote     e.g. "no longer listed in ConnectWise", empty when nothing to say
 * @param lastContactSync when the contact sync last ran, or "never"
 * @param contactProblem  why it failed, empty when it worked
 * @param noCompanies     no PSA data yet: the page says to refresh it
 */
public record CustomerPsaPage(long customerId, String customerName, boolean canWrite, String company, String companyNote,
                              boolean contactSync, String lastContactSync, String contactProblem,
                              List<Suggestion> suggestions, List<Option> companies, boolean noCompanies) {

    /** A likely company, with why. */
    public record Suggestion(long companyId, String name, String website, String reason) {
    }

    /** A choice in a select: {value, label}, as the form macros take it. */
    public record Option(String value, String label) {
    }
}
