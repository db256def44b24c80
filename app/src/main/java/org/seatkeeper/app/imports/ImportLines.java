package org.seatkeeper.app.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.billing.subscriptions.QuantityRules;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.imports.ColumnMapping;
import org.seatkeeper.db.imports.ImportWidths;
import org.seatkeeper.db.subscriptions.Subscription;

/**
 * What one CSV row would do, or why it is refused. The product is the catalog's when the offer id is there (ignoring
 * case, in the contract's currency, as the sync finds products), so an import never adds a second, unpriced copy.
 */
final class ImportLines {

    private final ColumnMapping m;
    private final int columns;
    private final Map<String, Subscription> known;
    private final Map<String, List<Product>> catalog;
    private final BillingContract contract;
    private final Set<String> seen = new HashSet<>();

    /**
     * @param known   the provider's subscriptions named in the file, by external id
     * @param catalog the products of the file's offers, by upper-cased offer id
     */
    ImportLines(ColumnMapping m, int columns, Map<String, Subscription> known, Map<String, List<Product>> catalog,
                BillingContract contract) {
        this.m = m;
        this.columns = columns;
        this.known = known;
        this.catalog = catalog;
        this.contract = contract;
    }

    ImportPlan.Line line(CsvRows.Row row) {
        String id = row.get(m.subscriptionColumn());
        String offer = row.get(m.offerColumn());
        String name = row.get(m.nameColumn()).isEmpty() ? offer : row.get(m.nameColumn());
        String error = problem(row, id, offer);
        if (error != null) {
            return ImportPlan.Line.refused(row.line(), id, offer, name, error);
        }
        int quantity = Integer.parseInt(row.get(m.quantityColumn()));
        LocalDate start = DateInput.parse(row.get(m.startColumn()));
        LocalDate end = termEnd(row);
        Subscription existing = known.get(id);
        if (existing != null && existing.contractId() != contract.id()) {
            return ImportPlan.Line.refused(row.line(), id, offer, name, "Subscription " + id
                    + " is already on another billing contract (#" + existing.contractId() + ").");
        }
        if (existing != null) {
            ImportPlan.Action action = existing.quantity() == quantity ? ImportPlan.Action.UNCHANGED
                    : ImportPlan.Action.CHANGE;
            return new ImportPlan.Line(row.line(), id, offer, name, quantity, start, end, action, existing.id(),
                    existing.quantity(), existing.productId(), null, null);
        }
        List<Product> products = catalog.getOrDefault(offer.toUpperCase(Locale.ROOT), List.of());
        if (products.size() > 1) {
            return ImportPlan.Line.refused(row.line(), id, offer, name, "The SKU " + offer + " is in the catalog "
                    + products.size() + " times (" + products.stream().map(p -> p.name() + " " + p.term() + " "
                    + p.billingCycle().name().toLowerCase(Locale.ROOT) + " #" + p.id()).collect(Collectors.joining(", "))
                    + ") and the file does not say which: add this subscription by hand.");
        }
        Product product = products.isEmpty() ? null : products.get(0);
        return new ImportPlan.Line(row.line(), id, offer, name, quantity, start, end, ImportPlan.Action.CREATE, null,
                0, product == null ? null : product.id(), product == null ? null : product.name(), null);
    }

    private String problem(CsvRows.Row row, String id, String offer) {
        for (String required : List.of(m.subscriptionColumn(), m.offerColumn(), m.quantityColumn(), m.startColumn())) {
            if (!row.has(required)) {
                return "The row has " + row.fieldCount() + " columns; the header has " + columns + ".";
            }
        }
        String tooLong = tooLong("subscription id", m.subscriptionColumn(), id, ImportWidths.SUBSCRIPTION_ID);
        tooLong = tooLong != null ? tooLong : tooLong("SKU", m.offerColumn(), offer, ImportWidths.OFFER);
        tooLong = tooLong != null ? tooLong : tooLong("name", m.nameColumn(), row.get(m.nameColumn()), ImportWidths.NAME);
        if (tooLong != null) {
            return tooLong;
        }
        if (id.isEmpty()) {
            return "The subscription id (column \"" + m.subscriptionColumn() + "\") is empty.";
        }
        if (!seen.add(id)) {
            return "Subscription " + id + " is listed twice in the file.";
        }
        if (offer.isEmpty()) {
            return "The SKU (column \"" + m.offerColumn() + "\") is empty.";
        }
        String quantity = row.get(m.quantityColumn());
        try {
            Optional<String> refusal = QuantityRules.refusalForNew(Integer.parseInt(quantity));
            if (refusal.isPresent()) {
                return refusal.get();
            }
        } catch (NumberFormatException e) {
            return quantity.matches("[0-9]+") ? "The quantity \"" + quantity + "\" is too large."
                    : "The quantity \"" + quantity + "\" is not a whole number.";
        }
        return dateProblem(row);
    }

    /** The message for a value longer than the column it is kept in, or null. */
    private static String tooLong(String what, String column, String value, int width) {
        return value.length() <= width ? null : "The " + what + " (column \"" + column + "\") has " + value.length()
                + " characters; at most " + width + " fit.";
    }

    private String dateProblem(CsvRows.Row row) {
        if (row.get(m.startColumn()).isEmpty()) {
            return "The start date (column \"" + m.startColumn() + "\") is empty.";
        }
        LocalDate start;
        LocalDate end;
        try {
            start = DateInput.parse(row.get(m.startColumn()));
            end = termEnd(row);
        } catch (DateTimeParseException e) {
            return "A date is not in the form YYYY-MM-DD (" + e.getParsedString() + ").";
        }
        if (end != null && end.isBefore(start)) {
            return "The term end " + end + " is before the start " + start + ".";
        }
        return null;
    }

    private LocalDate termEnd(CsvRows.Row row) {
        return m.termEndColumn() == null || row.get(m.termEndColumn()).isEmpty() ? null
                : DateInput.parse(row.get(m.termEndColumn()));
    }
}
