package org.seatkeeper.app.subscriptions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.imports.ColumnMapping;
import org.seatkeeper.db.imports.ColumnMappingRepository;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * Importing subscriptions from a distributor's CSV export (providers without an API). {@link #preview} only reads;
 * {@link #apply} plans again against the database and writes in one transaction: a new subscription with its CREATE
 * event, or a quantity change with one INCREASE/DECREASE event, all with source IMPORT, audited. Importing the same
 * file again plans nothing, so it changes nothing. Unknown offers are added to the catalog flagged "price missing".
 */
final class CsvImport {

    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final ProductRepository products;
    private final ColumnMappingRepository mappings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    CsvImport(SubscriptionRepository subscriptions, LicenseChangeRepository changes, ProductRepository products,
              ColumnMappingRepository mappings, AuditLog audit, Transactions transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.products = products;
        this.mappings = mappings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    ColumnMapping mappingFor(long providerId) {
        return mappings.find(providerId).orElse(ColumnMapping.defaults());
    }

    ImportPlan preview(BillingContract contract, long providerId, ColumnMapping m, String csv) {
        CsvRows file = CsvRows.parse(csv);
        List<ImportPlan.Line> lines = new ArrayList<>();
        List<String> ids = file.rows().stream().map(r -> r.get(m.subscriptionColumn())).filter(s -> !s.isEmpty())
                .toList();
        Map<String, Subscription> known = subscriptions.findByExternalIds(providerId, ids);
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : file.rows()) {
            lines.add(line(row, m, known, seen, contract));
        }
        return new ImportPlan(contract.id(), providerId, m, lines);
    }

    private static ImportPlan.Line line(CsvRows.Row row, ColumnMapping m, Map<String, Subscription> known,
                                        Set<String> seen, BillingContract contract) {
        String id = row.get(m.subscriptionColumn());
        String offer = row.get(m.offerColumn());
        String name = row.get(m.nameColumn());
        String error = null;
        int quantity = -1;
        LocalDate start = null;
        LocalDate end = null;
        try {
            quantity = Integer.parseInt(row.get(m.quantityColumn()));
        } catch (NumberFormatException e) {
            error = "The quantity \"" + row.get(m.quantityColumn()) + "\" is not a whole number.";
        }
        try {
            start = LocalDate.parse(row.get(m.startColumn()));
            end = m.termEndColumn() == null || row.get(m.termEndColumn()).isEmpty() ? null
                    : LocalDate.parse(row.get(m.termEndColumn()));
        } catch (DateTimeParseException e) {
            error = "A date is not in the form YYYY-MM-DD (" + e.getParsedString() + ").";
        }
        if (id.isEmpty() || id.length() > 100) {
            error = "The subscription id (column \"" + m.subscriptionColumn() + "\") is empty or too long.";
        } else if (!seen.add(id)) {
            error = "Subscription " + id + " is listed twice in the file.";
        } else if (offer.isEmpty() || offer.length() > 200) {
            error = "The SKU (column \"" + m.offerColumn() + "\") is empty or too long.";
        } else if (error == null && quantity < 1) {
            error = "The quantity must be at least 1.";
        }
        Subscription existing = known.get(id);
        if (error == null && existing != null && existing.contractId() != contract.id()) {
            error = "Subscription " + id + " is already on another billing contract (#" + existing.contractId() + ").";
        }
        String label = name.isEmpty() ? offer : name;
        if (error != null) {
            return new ImportPlan.Line(row.line(), id, offer, label, quantity, start, end, ImportPlan.Action.ERROR,
                    null, 0, error);
        }
        ImportPlan.Action action = existing == null ? ImportPlan.Action.CREATE
                : existing.quantity() == quantity ? ImportPlan.Action.UNCHANGED : ImportPlan.Action.CHANGE;
        return new ImportPlan.Line(row.line(), id, offer, label, quantity, start, end, action,
                existing == null ? null : existing.id(), existing == null ? 0 : existing.quantity(), null);
    }

    /** Writes the rows to create or change; returns [created, changed]. */
    int[] apply(ImportPlan plan, BillingContract contract, String csvName, String username) {
        return transactions.inTransaction(() -> {
            int created = 0;
            int changed = 0;
            String currency = contract.currency().strip();
            LocalDate today = LocalDate.now(clock);
            Map<String, Subscription> known = subscriptions.findByExternalIds(plan.providerId(),
                    plan.lines().stream().map(ImportPlan.Line::externalId).toList());
            for (ImportPlan.Line l : plan.lines()) {
                if (l.action() == ImportPlan.Action.ERROR) {
                    continue;
                }
                Subscription s = known.get(l.externalId());
                if (s == null) {
                    long productId = products.ensureFromSync(l.offerId(), l.name(), Term.NONE, BillingCycle.NONE,
                            currency);
                    long id = subscriptions.insert(new NewSubscription(contract.id(), plan.providerId(), productId,
                            null, l.externalId(), l.name(), l.quantity(), SubscriptionState.ACTIVE,
                            new SubscriptionTerms(l.start(), l.termEnd(), false, null, null), null, currency));
                    changes.insert(NewLicenseChange.of(id, LicenseChangeType.CREATE, l.quantity(), l.quantity(),
                            l.start(), ChangeSource.IMPORT, username));
                    created++;
                } else if (s.quantity() != l.quantity() && s.status() != SubscriptionState.DEACTIVATED) {
                    int change = l.quantity() - s.quantity();
                    changes.insert(NewLicenseChange.of(s.id(), change > 0 ? LicenseChangeType.INCREASE
                            : LicenseChangeType.DECREASE, change, l.quantity(), today, ChangeSource.IMPORT, username));
                    subscriptions.updateState(s.id(), l.quantity(), s.status(), s.version());
                    changed++;
                }
            }
            mappings.save(plan.providerId(), plan.mapping(), clock.instant());
            audit.record(username, "IMPORT_SUBSCRIPTIONS", "BILLING_CONTRACT", contract.id(), "Imported " + csvName
                    + " into contract #" + contract.id() + ": " + created + " created, " + changed + " changed, "
                    + plan.count(ImportPlan.Action.ERROR) + " rows refused");
            return new int[] {created, changed};
        });
    }
}
