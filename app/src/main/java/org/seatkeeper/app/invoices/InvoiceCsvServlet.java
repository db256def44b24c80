package org.seatkeeper.app.invoices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceLineRow;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.invoices.InvoiceSummary;

/**
 * GET /invoices/{id}/lines.csv: the lines in the layout documented in the package README ("CSV layout"): one row per
 * line, plain numbers with a point, ISO dates, the column names accounting tools (Xero, QuickBooks) map on import.
 */
final class InvoiceCsvServlet extends PageServlet {

    static final String[] HEADER = {"InvoiceNumber", "InvoiceDate", "Type", "ContactName", "Contract", "LineNumber",
            "ItemName", "Description", "Quantity", "PeriodStart", "PeriodEnd", "Periods", "UnitAmount", "LineAmount",
            "Currency", "SubscriptionId", "Events"};

    private final InvoiceRepository invoices;

    InvoiceCsvServlet(PageSupport pages, InvoiceRepository invoices) {
        super(pages);
        this.invoices = invoices;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        long id = idFromPath(request, 1);
        InvoiceSummary invoice = invoices.find(id).orElseThrow(() -> HttpProblem.notFound("That invoice"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + invoice.number() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (InvoiceLineRow line : invoices.lines(id)) {
                csv.printRecord(invoice.number(), invoice.issuedOn(), invoice.kind() == InvoiceKind.INVOICE
                                ? "Invoice" : "CreditNote", invoice.customerName(), invoice.contractName(),
                        line.lineNumber(), line.productName(), line.description(), line.quantity(),
                        line.periodStart(), line.periodEnd().minusDays(1), line.periods(),
                        line.unitPrice() == null ? "" : line.unitPrice().toPlainString(),
                        line.amount().toPlainString(), line.currency(), line.subscriptionId(),
                        line.eventIds().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            }
        }
    }
}
