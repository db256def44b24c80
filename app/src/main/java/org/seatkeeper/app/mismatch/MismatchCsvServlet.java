package org.seatkeeper.app.mismatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.mismatch.Finding;
import org.seatkeeper.db.mismatch.FindingQuery;

/** GET /mismatches.csv: exactly the findings the report's filter shows, every page of them, streamed. */
final class MismatchCsvServlet extends PageServlet {

    static final String[] HEADER = {"id", "check", "customer", "provider", "subject", "P", "S", "L", "B", "E", "A",
        "provider status", "seatkeeper status", "direction", "difference", "unit price", "currency", "money at stake",
        "detail", "first seen", "acknowledged by", "note", "fix"};

    private final FindingQuery findings;
    private final FindingFilters filters;

    MismatchCsvServlet(PageSupport pages, FindingQuery findings, FindingFilters filters) {
        super(pages);
        this.findings = findings;
        this.filters = filters;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var filter = filters.parse(FindingFilters.values(request));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"license-mismatches.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        LocalDate newSince = filters.newSince();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            findings.forEach(filter, f -> print(csv, f, FindingRow.of(f, newSince)));
        }
    }

    private static void print(CSVPrinter csv, Finding f, FindingRow row) {
        try {
            csv.printRecord(f.id(), CheckTexts.label(f.check()), row.customer(), row.provider(), row.subject(), row.p(),
                    row.s(), row.l(), row.b(), row.e(), row.a(), f.providerStatus(), f.seatkeeperStatus(),
                    CheckTexts.label(f.direction()), f.difference(),
                    f.unitPrice() == null ? "" : f.unitPrice().toPlainString(), f.currency(),
                    f.moneyAtStake() == null ? "" : f.moneyAtStake().toPlainString(), row.detail(), f.firstSeenOn(),
                    row.acknowledgedBy(), row.acknowledgementNote(), row.fixHref());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
