package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceRepository;

/** GET /invoices: every invoice and credit note, newest first, 50 a page. */
final class InvoicesServlet extends PageServlet {

    private static final int PAGE_SIZE = 50;

    private final InvoiceRepository invoices;

    InvoicesServlet(PageSupport pages, InvoiceRepository invoices) {
        super(pages);
        this.invoices = invoices;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        Paging paging = Paging.of(request, invoices.count(null, null), PAGE_SIZE);
        List<InvoicesPage.Row> rows = invoices.list(null, null, paging.offset(), PAGE_SIZE).stream()
                .map(i -> new InvoicesPage.Row(i.id(), i.number(), i.kind() == InvoiceKind.INVOICE ? "invoice"
                        : "credit note", i.customerName(), i.contractName(), InvoiceDocuments.period(i),
                        i.issuedOn().toString(), String.join(", ", InvoiceDocuments.totals(i.totals())),
                        i.voided() ? "voided" : ""))
                .toList();
        render(request, response, "invoices/list.ftlh", Map.of("page", new InvoicesPage(rows, paging)));
    }
}
