package org.seatkeeper.app.accounts;

import java.util.List;
import org.seatkeeper.app.web.Paging;

/** "Suggested matches": every unmapped account with its best suggestion, ticked when the domain matches. */
public record SuggestionsPage(List<Row> rows, int withSuggestion, Paging paging) {

    /** @param value the checkbox value "accountId:customerId"; empty when there is no suggestion */
    public record Row(long accountId, String account, String domain, String provider, String customer,
                      String customerDomain, String reason, String value, boolean ticked) {
    }
}
