package org.seatkeeper.app.subscriptions;

import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.db.imports.ColumnMapping;

/**
 * What importing a CSV file would do, per row: create a subscription, change its quantity, nothing, or refuse the
 * row with the reason. Kept in the session between the preview and the confirmation; nothing is written before.
 */
public record ImportPlan(long contractId, long providerId, ColumnMapping mapping, List<Line> lines) {

    public enum Action { CREATE, CHANGE, UNCHANGED, ERROR }

    public record Line(int line, String externalId, String offerId, String name, int quantity, LocalDate start,
                       LocalDate termEnd, Action action, Long existingId, int currentQuantity, String error) {

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
}
