package org.seatkeeper.app.imports;

import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.db.imports.ColumnMapping;

/**
 * What importing a CSV file would do, per row: create a subscription, change its quantity, nothing, or refuse the
 * row with the reason. Kept in the session between the preview and the confirmation; nothing is written before.
 */
public record ImportPlan(long contractId, long providerId, ColumnMapping mapping, List<Line> lines) {

    public enum Action { CREATE, CHANGE, UNCHANGED, ERROR }

    /**
     * @param productId   the catalog product the subscription is created on (found by its offer id, ignoring case),
     *                    or null when importing adds it to the catalog (without a price)
     * @param productName that product's name in the catalog
     */
    public record Line(int line, String externalId, String offerId, String name, int quantity, LocalDate start,
                       LocalDate termEnd, Action action, Long existingId, int currentQuantity, Long productId,
                       String productName, String error) {

        static Line refused(int line, String externalId, String offerId, String name, String error) {
            return new Line(line, externalId, offerId, name, -1, null, null, Action.ERROR, null, 0, null, null, error);
        }

        /** A row that creates a subscription and, with it, a product the catalog does not have yet. */
        public boolean addsProduct() {
            return action == Action.CREATE && productId == null;
        }

        public String productLabel() {
            if (action != Action.CREATE) {
                return name;
            }
            return productId == null ? name + " (new in the catalog, no price)" : productName + " (#" + productId + ")";
        }

        public String actionLabel() {
            return switch (action) {
                case CREATE -> "create with " + quantity;
                case CHANGE -> "change " + currentQuantity + " → " + quantity;
                case UNCHANGED -> "no change";
                case ERROR -> "error";
            };
        }
    }

    public ImportPlan {
        lines = List.copyOf(lines);
    }

    public long count(Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }

    public long productsAdded() {
        return lines.stream().filter(Line::addsProduct).count();
    }

    /** Whether "Import" has anything to do: at least one row is not refused. */
    public boolean importable() {
        return count(Action.ERROR) < lines.size();
    }
}
