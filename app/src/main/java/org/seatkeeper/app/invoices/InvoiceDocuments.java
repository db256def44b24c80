package org.seatkeeper.app.invoices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceLineRow;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.invoices.InvoiceSummary;

/** Reads a stored invoice into the page model its page, its PDF and its mail share. */
final class InvoiceDocuments {

    private final InvoiceRepository invoices;
    private final ContactRepository contacts;

    InvoiceDocuments(InvoiceRepository invoices, ContactRepository contacts) {
        this.invoices = invoices;
        this.contacts = contacts;
    }

    Optional<InvoicePage> page(long id, String companyName) {
        // before the company's settings are filled in there is no name to print
        String company = companyName == null ? "" : companyName;
        return invoices.find(id).map(invoice -> page(invoice, invoices.lines(id), company));
    }

    private InvoicePage page(InvoiceSummary invoice, List<InvoiceLineRow> lines, String companyName) {
        List<InvoicePage.Line> shown = lines.stream().map(line -> new InvoicePage.Line(line.lineNumber(),
                line.productName(), line.subscriptionName(), line.description(), String.valueOf(line.quantity()),
                line.periodStart() + " to " + line.periodEnd().minusDays(1), line.periods(),
                line.unitPrice() == null ? "" : Money.format(line.unitPrice(), 4) + " " + line.currency(),
                new Money(line.amount(), line.currency()).toString(),
                line.eventIds().stream().map(e -> "#" + e).collect(Collectors.joining(", ")))).toList();
        Optional<InvoiceSummary> creditNote = invoice.voidedById() == null ? Optional.empty()
                : invoices.find(invoice.voidedById());
        String voidedBy = creditNote.map(InvoiceSummary::number).orElse(null);
        String voidReason = Optional.ofNullable(invoice.voidReason())
                .or(() -> creditNote.map(InvoiceSummary::voidReason)).orElse("");
        String voids = invoice.voidsInvoiceId() == null ? null
                : invoices.find(invoice.voidsInvoiceId()).map(InvoiceSummary::number).orElse(null);
        String title = (invoice.kind() == InvoiceKind.INVOICE ? "Invoice " : "Credit note ") + invoice.number();
        return new InvoicePage(invoice.id(), invoice.number(), title, invoice.customerName(), invoice.customerId(),
                invoice.contractName(), invoice.contractId(), period(invoice), invoice.issuedOn().toString(),
                invoice.finalizedBy(), shown, totals(invoice.totals()), voidedBy, invoice.voidedById(), voids,
                invoice.voidsInvoiceId(), voidReason, invoice.kind() == InvoiceKind.INVOICE && !invoice.voided(),
                invoice.lastSentAt() == null ? "" : invoice.lastSentAt().toString(), companyName,
                contacts.byCustomer(invoice.customerId()).stream().map(c -> new InvoicePage.Contact(
                        String.valueOf(c.id()), c.details().firstName() + " " + c.details().lastName() + " <"
                        + c.details().email() + ">" + (c.primary() ? " (primary)" : ""))).toList());
    }

    static String period(InvoiceSummary invoice) {
        return invoice.periodStart() + " to " + invoice.periodEnd().minusDays(1);
    }

    static List<String> totals(Map<String, BigDecimal> totals) {
        return totals.entrySet().stream().map(t -> new Money(t.getValue(), t.getKey()).toString()).toList();
    }
}
