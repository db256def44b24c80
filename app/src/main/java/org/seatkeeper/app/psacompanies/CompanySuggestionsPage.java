package org.seatkeeper.app.psacompanies;

import java.util.List;
import org.seatkeeper.app.web.Paging;

/** "Link suggested": every customer without a ConnectWise company, with its likeliest one, ticked when the domain matches. */
public record CompanySuggestionsPage(List<Row> rows, int withSuggestion, boolean noCompanies, Paging paging) {

    /** @param value the checkbox value "customerId:companyId"; empty when there is no suggestion */
    public record Row(long customerId, String customer, String domain, String company, String website, String reason,
                      String value, boolean ticked) {
    }
}
