package org.seatkeeper.app.accounts;

import java.util.List;
import org.seatkeeper.app.web.Paging;

/** The provider accounts page: tabs with counts, the filters as chosen, one page of rows, sortable headers. */
public record AccountListPage(List<Link> tabs, List<Option> providers, String providerId, String filter, String q,
                              List<AccountRow> accounts, Paging paging, List<SortLink> sortLinks) {

    public record Link(String label, String href, boolean active) {
    }

    public record Option(String value, String label) {
    }

    public record SortLink(String label, String href, boolean active, boolean descending) {
    }
}
