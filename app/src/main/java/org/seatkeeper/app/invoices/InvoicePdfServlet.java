package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;

/** GET /invoices/{id}/pdf: the invoice as a PDF download, named by its number. */
final class InvoicePdfServlet extends PageServlet {

    private final InvoiceDocuments documents;
    private final InvoicePdf pdf;
    private final Supplier<String> companyName;

    InvoicePdfServlet(PageSupport pages, InvoiceDocuments documents, InvoicePdf pdf, Supplier<String> companyName) {
        super(pages);
        this.documents = documents;
        this.pdf = pdf;
        this.companyName = companyName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        long id = idFromPath(request, 1);
        InvoicePage invoice = documents.page(id, companyName.get())
                .orElseThrow(() -> HttpProblem.notFound("That invoice"));
        byte[] bytes = pdf.of(invoice);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + invoice.number() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
