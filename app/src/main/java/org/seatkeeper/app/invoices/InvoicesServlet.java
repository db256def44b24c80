package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.invoices.InvoiceSummary;

/** GET /invoices: every invoice and credit note, newest first, 50 a page. */
final class InvoicesServlet extends PageServlet {

    private static final int PAGE_SIZE = 50;
    private static final String LISTING = "invoices.listing";

    private final InvoiceRepository invoices;

    InvoicesServlet(PageSupport pages, InvoiceRepository invoices) {
        super(pages);
        this.invoices = invoices;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        // the ids newest first, kept among the page figures (forgotten when a person finalizes or voids): counting
        // and skipping to a page in the database cost a walk of the whole invoice index per request
        long[] ids = pages.figures().get(LISTING, invoices::idsNewestFirst);
        Paging paging = Paging.of(request, ids.length, PAGE_SIZE);
        List<Long> pageIds = Arrays.stream(ids, Math.min(paging.offset(), ids.length),
                Math.min(paging.offset() + PAGE_SIZE, ids.length)).boxed().toList();
        // the page's rows too: invoices change only when a person finalizes or voids, which forgets every figure
        List<InvoiceSummary> summaries = pages.figures().get(List.of(LISTING, paging.offset(), pageIds.size()),
                () -> invoices.summaries(pageIds));
        List<InvoicesPage.Row> rows = summaries.stream()
                .map(i -> new InvoicesPage.Row(i.id(), i.number(), i.kind() == InvoiceKind.INVOICE ? "invoice"
                        : "credit note", i.customerName(), i.contractName(), InvoiceDocuments.period(i),
                        i.issuedOn().toString(), String.join(", ", InvoiceDocuments.totals(i.totals())),
                        i.voided() ? "voided" : ""))
                .toList();
        render(request, response, "invoices/list.ftlh", Map.of("page", new InvoicesPage(rows, paging)));
    }
}
