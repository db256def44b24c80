package org.seatkeeper.app.invoices;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.seatkeeper.app.web.Templates;

/**
 * An invoice as a PDF: its own XHTML template (a document, not a page of the app) rendered by openhtmltopdf. The same
 * bytes are downloaded and attached to mails.
 */
final class InvoicePdf {

    private final Templates templates;

    InvoicePdf(Templates templates) {
        this.templates = templates;
    }

    byte[] of(InvoicePage invoice) {
        String xhtml = templates.render("invoices/invoice-pdf.ftlh", Map.of("page", invoice));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // no base URI to fetch from: the document holds all it shows, so rendering never reaches the network
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("invoice " + invoice.number() + " cannot be rendered as a PDF", e);
        }
        return pdf.toByteArray();
    }
}
