package org.seatkeeper.app.customers;

import java.util.List;
import org.seatkeeper.app.web.Paging;

/** The customers page: the search as typed, one page of rows, and the header links that sort. */
public record CustomerListPage(String q, boolean archived, List<CustomerRow> customers, Paging paging,
                               List<SortLink> sortLinks) {

    /** A column header: the link sorts by it (and flips the direction when it is already the sort). */
    public record SortLink(String label, String href, boolean active, boolean descending) {
    }
}
