package org.seatkeeper.app.renewals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.renewals.Renewal;
import org.seatkeeper.db.renewals.RenewalQueries;

/** GET /renewals.csv: every renewal of the calendar's window and filters, all weeks, streamed; amounts as numbers. */
final class RenewalsCsvServlet extends PageServlet {

    static final String[] HEADER = {"term end", "customer", "provider", "subscription", "product", "term", "quantity",
        "auto-renew", "status", "unit price", "bills", "unit cost", "costs", "currency", "billing cycle",
        "subscription id"};

    private final RenewalQueries renewals;
    private final RenewalFilters filters;

    RenewalsCsvServlet(PageSupport pages, RenewalQueries renewals, RenewalFilters filters) {
        super(pages);
        this.renewals = renewals;
        this.filters = filters;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        user(request);
        RenewalQueries.Window window = filters.window(request);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"renewals-" + window.from() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            renewals.forEach(window, r -> print(csv, r));
        }
    }

    private static void print(CSVPrinter csv, Renewal r) {
        try {
            csv.printRecord(r.termEndDate(), r.customerName(), r.providerName(), r.subscriptionName(),
                    r.productName() == null ? "" : r.productName(), RenewalTexts.term(r), r.quantity(),
                    r.autoRenew() ? "on" : "off", RenewalTexts.status(r), amount(r.unitPrice()),
                    r.bills().map(RenewalsCsvServlet::amount).orElse(""), amount(r.unitCost()),
                    r.costs().map(RenewalsCsvServlet::amount).orElse(""),
                    r.unitPrice() != null ? r.unitPrice().currency() : r.unitCost() != null ? r.unitCost().currency() : "",
                    r.billingCycle() == null ? "" : r.billingCycle().toLowerCase(java.util.Locale.ROOT),
                    r.subscriptionId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String amount(Money money) {
        return money == null ? "" : money.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
