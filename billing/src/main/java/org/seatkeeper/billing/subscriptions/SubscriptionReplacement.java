package org.seatkeeper.billing.subscriptions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * Replaces a manual subscription M with the automatic subscription A the provider sync found for the same licenses
 * (DOMAIN.md "Replacing a manual subscription with the automatic one"; seeds 000 and 001). {@link #preview} shows
 * every change; {@link #apply} makes them in one transaction and records the whole operation in the audit log.
 *
 * <p>A's quantity is the provider's and stays so: if A's log does not add up to it afterwards, the result says by
 * how much and the log integrity check lists A until someone corrects the log with an event. Setting A's quantity
 * to its log sum instead would make the next sync "repair" it with an invoiceable event nobody chose.
 */
public final class SubscriptionReplacement {

    private final Transactions transactions;
    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final LicenseLedger ledger;
    private final AuditLog audit;
    private final ReplacementPlanner planner;

    public SubscriptionReplacement(Transactions transactions, SubscriptionRepository subscriptions,
                                   LicenseChangeRepository changes, LicenseLedger ledger, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.ledger = ledger;
        this.audit = audit;
        this.planner = new ReplacementPlanner(subscriptions, changes, clock);
    }

    /** The changes {@link #apply} would make, M's deactivation archived (not invoiced). Writes nothing. */
    public ReplacementPlan preview(long manualId, long automaticId) {
        return preview(manualId, automaticId, false);
    }

    public ReplacementPlan preview(long manualId, long automaticId, boolean invoiceDeactivation) {
        return transactions.inTransaction(() -> planner.plan(manualId, automaticId, invoiceDeactivation));
    }

    /** Steps 1-5 in one transaction, then step 6's check; a refusal changes nothing. */
    public ReplacementResult apply(long manualId, long automaticId, boolean invoiceDeactivation, String username) {
        return transactions.inTransaction(() -> {
            ReplacementPlan plan = planner.plan(manualId, automaticId, invoiceDeactivation);
            // 1. M's history except its create event continues on A, dates and flags unchanged
            changes.moveTo(plan.eventsToMove().stream().map(LicenseChange::id).toList(), manualId, automaticId);
            // 2. A started when M started
            Subscription a = subscriptions.findById(automaticId).orElseThrow();
            subscriptions.updateTerms(automaticId, a.terms().withEffectiveDate(plan.automaticEffectiveDateAfter()),
                    a.version());
            // 3. A's create event says what M's said, on M's start date
            LicenseChange aCreate = changes.findById(plan.automaticCreateEventId()).orElseThrow();
            changes.rewriteQuantity(aCreate.id(), plan.createQuantityAfter(), plan.createQuantityAfter(),
                    plan.createDateAfter(), aCreate.version());
            changes.markReplacing(aCreate.id(), manualId);
            // 4. ...and is never invoiced: M's create was, or will be
            ledger.archive(aCreate.id(), "Replaces manual subscription #" + manualId + ", whose create event is "
                    + "the one invoiced", username);
            // 5. M ends, its deactivation archived unless the user wants it invoiced
            String reason = "Replaced by automatic subscription #" + automaticId;
            long deactivationId = ledger.deactivateReplaced(manualId, -plan.manualDeactivation().quantityChange(),
                    plan.manualDeactivation().effectiveDate(), plan.deactivationArchived(), reason, username);
            // 6. does A's log add up to what the provider says?
            ReplacementResult result = new ReplacementResult(plan, deactivationId, changes.sumOfChanges(automaticId),
                    plan.providerQuantity());
            record(plan, result, username);
            return result;
        });
    }

    private void record(ReplacementPlan plan, ReplacementResult result, String username) {
        String summary = "Replaced manual subscription #" + plan.manualId() + " with #" + plan.automaticId() + " ("
                + plan.customerName() + "): " + String.join("; ", plan.steps().subList(0, plan.steps().size() - 1))
                + (result.addsUp() ? "; the log adds up to the provider's " + result.providerQuantity()
                : "; MISMATCH: the log adds up to " + result.automaticLogSum() + ", the provider says "
                + result.providerQuantity());
        List<Long> moved = plan.eventsToMove().stream().map(LicenseChange::id).toList();
        audit.record(username, AuditAction.REPLACE_MANUAL, AuditEntity.SUBSCRIPTION, plan.automaticId(), summary,
                AuditState.of("manual", Map.of("id", plan.manualId(), "events", moved, "status", "ACTIVE"),
                        "automatic", Map.of("id", plan.automaticId(),
                                "effectiveDate", String.valueOf(plan.automaticEffectiveDateBefore()),
                                "createQuantity", plan.createQuantityBefore(), "createArchived", false)),
                AuditState.of("manual", Map.of("id", plan.manualId(), "status", "DEACTIVATED",
                                "deactivationEvent", result.deactivationEventId(),
                                "deactivationArchived", plan.deactivationArchived()),
                        "automatic", Map.of("id", plan.automaticId(), "events", moved,
                                "effectiveDate", String.valueOf(plan.automaticEffectiveDateAfter()),
                                "createQuantity", plan.createQuantityAfter(), "createArchived", true,
                                "logSum", result.automaticLogSum(), "providerQuantity", result.providerQuantity())));
    }
}
