package org.seatkeeper.app.invoices;

import java.util.List;
import org.seatkeeper.app.web.Paging;

/** The invoices list, newest first. */
public record InvoicesPage(List<Row> rows, Paging paging) {

    public record Row(long id, String number, String kind, String customerName, String contractName, String period,
                      String issuedOn, String totals, String status) {
    }
}
