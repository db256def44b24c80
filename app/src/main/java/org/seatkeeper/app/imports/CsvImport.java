package org.seatkeeper.app.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.imports.ColumnMapping;
import org.seatkeeper.db.imports.ColumnMappingRepository;
import org.seatkeeper.db.imports.ImportWidths;
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
 * file again plans nothing, so it changes nothing. A row's offer already in the catalog (ignoring case, in the
 * contract's currency) uses that product; unknown offers are added to the catalog flagged "price missing". A new
 * subscription is priced by the price rules.
 */
final class CsvImport {

    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final ProductRepository products;
    private final SubscriptionPricing pricing;
    private final ColumnMappingRepository mappings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    CsvImport(SubscriptionRepository subscriptions, LicenseChangeRepository changes, ProductRepository products,
              SubscriptionPricing pricing, ColumnMappingRepository mappings, AuditLog audit,
              Transactions transactions, Clock clock) {
        this.pricing = pricing;
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

    /** @param file a file whose header has the mapping's columns (the servlet checks that first) */
    ImportPlan preview(BillingContract contract, long providerId, ColumnMapping m, CsvRows file) {
        // only values that fit their columns are looked up: the database refuses to compare a longer one (its line is
        // refused by ImportLines, with its length)
        List<String> ids = file.rows().stream().map(r -> r.get(m.subscriptionColumn()))
                .filter(s -> !s.isEmpty() && s.length() <= ImportWidths.SUBSCRIPTION_ID).toList();
        List<String> offers = file.rows().stream().map(r -> r.get(m.offerColumn()))
                .filter(s -> !s.isEmpty() && s.length() <= ImportWidths.OFFER).toList();
        ImportLines lines = new ImportLines(m, file.headers().size(), subscriptions.findByExternalIds(providerId, ids),
                products.findByOffersIgnoringCase(offers, contract.currency().strip()), contract);
        return new ImportPlan(contract.id(), providerId, m, file.rows().stream().map(lines::line).toList());
    }

    /** Writes the rows to create or change; returns [created, changed]. */
    int[] apply(ImportPlan plan, BillingContract contract, String csvName, String username) {
        return transactions.inTransaction(() -> {
            int created = 0;
            int changed = 0;
            String currency = contract.currency().strip();
            LocalDate today = LocalDate.now(clock);
            Map<String, Subscription> known = subscriptions.findByExternalIds(plan.providerId(), plan.lines().stream()
                    .filter(l -> l.action() != ImportPlan.Action.ERROR).map(ImportPlan.Line::externalId).toList());
            for (ImportPlan.Line l : plan.lines()) {
                if (l.action() == ImportPlan.Action.ERROR) {
                    continue;
                }
                Subscription s = known.get(l.externalId());
                if (s == null) {
                    long productId = l.productId() != null ? l.productId() : products.ensureFromSync(l.offerId(),
                            l.name(), Term.NONE, BillingCycle.NONE, currency);
                    long id = subscriptions.insert(pricing.priced(new NewSubscription(contract.id(),
                            plan.providerId(), productId, null, l.externalId(), l.name(), l.quantity(),
                            SubscriptionState.ACTIVE, new SubscriptionTerms(l.start(), l.termEnd(), false, null, null),
                            null, currency), products.findById(productId).orElse(null)));
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
            audit.record(username, AuditAction.IMPORT_SUBSCRIPTIONS, AuditEntity.BILLING_CONTRACT, contract.id(), "Imported " + csvName
                    + " into contract #" + contract.id() + ": " + created + " created, " + changed + " changed, "
                    + plan.count(ImportPlan.Action.ERROR) + " rows refused");
            return new int[] {created, changed};
        });
    }
}
