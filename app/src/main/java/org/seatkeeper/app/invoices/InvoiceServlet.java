package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/** GET /invoices/{id}: the invoice as it was finalized, printable (the print stylesheet hides the app around it). */
final class InvoiceServlet extends PageServlet {

    static final String TEMPLATE = "invoices/invoice.ftlh";

    private final InvoiceDocuments documents;
    private final Supplier<String> companyName;

    InvoiceServlet(PageSupport pages, InvoiceDocuments documents, Supplier<String> companyName) {
        super(pages);
        this.documents = documents;
        this.companyName = companyName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        long id = idFromPath(request, 0);
        InvoicePage page = documents.page(id, companyName.get())
                .orElseThrow(() -> HttpProblem.notFound("That invoice"));
        render(request, response, TEMPLATE, Map.of("page", page, "voidForm", FormModel.empty()));
    }
}
