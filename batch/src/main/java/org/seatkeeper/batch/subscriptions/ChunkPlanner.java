package org.seatkeeper.batch.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.seatkeeper.batch.licenses.PlannedChange;
import org.seatkeeper.batch.licenses.SubscriptionDiff;
import org.seatkeeper.batch.licenses.SubscriptionSnapshot;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;
import org.seatkeeper.db.subscriptions.SyncedSubscription;
import org.seatkeeper.db.subscriptionsync.CustomerCurrency;
import org.seatkeeper.db.subscriptionsync.HeldSubscription;
import org.seatkeeper.db.subscriptionsync.NewSyncedSubscription;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * Turns a chunk of provider lists into the rows and events to write, comparing with what we hold. The license events
 * come from {@link SubscriptionDiff} only. A row is written only when something we store changed, so a second sync
 * with no provider change plans nothing. We keep our effective date (a replacement may have set it to the manual
 * subscription's) and our product (a person may have re-pointed it); a subscription the provider no longer lists is
 * deactivated with an event, never deleted.
 */
final class ChunkPlanner {

    static final String RECORDED_BY = "sync";
    static final String NOT_REPORTED = "NOT_REPORTED";

    private final LocalDate businessDate;
    private final Instant now;

    ChunkPlanner(LocalDate businessDate, Instant now) {
        this.businessDate = businessDate;
        this.now = now;
    }

    /** The catalog lines the chunk's mapped accounts use (the writer makes sure they exist). */
    static NewProduct productOf(ProviderSubscriptionRecord r, SyncAccount account) {
        return NewProduct.fromSync(r.offerId(), nameOf(r), Term.parse(r.term()),
                BillingCycle.valueOf(r.billingCycle().name()), currencyOf(r, account));
    }

    /** Where the chunk's new subscriptions land: (customer, currency) of each record we do not hold yet. */
    static java.util.Set<CustomerCurrency> contractsForNew(List<AccountSync> mapped, Map<Long, List<Subscription>> ours) {
        java.util.Set<CustomerCurrency> wanted = new java.util.HashSet<>();
        for (AccountSync item : mapped) {
            java.util.Set<String> known = new java.util.HashSet<>();
            ours.getOrDefault(item.account().id(), List.of()).forEach(s -> known.add(s.externalId()));
            item.subscriptions().stream().filter(r -> !known.contains(r.externalId())).forEach(r -> wanted.add(
                    new CustomerCurrency(item.account().customerId(), currencyOf(r, item.account()))));
        }
        return wanted;
    }

    ChunkPlan plan(List<AccountSync> items, Map<Long, List<Subscription>> ours, Map<ProductKey, Long> products,
                   ToLongFunction<CustomerCurrency> contractFor) {
        ChunkPlan plan = new ChunkPlan();
        for (AccountSync item : items) {
            SyncAccount account = item.account();
            if (!account.mapped()) {
                item.subscriptions().forEach(r -> plan.held.add(new HeldSubscription(account.providerId(),
                        account.id(), r.externalId(), r.offerId(), nameOf(r), r.quantity(), r.status().name(),
                        r.termEndDate())));
                continue;
            }
            plan.mappedAccounts.add(account.id());
            Map<String, Subscription> known = new HashMap<>();
            ours.getOrDefault(account.id(), List.of()).forEach(s -> known.put(s.externalId(), s));
            for (ProviderSubscriptionRecord r : item.subscriptions()) {
                Subscription existing = known.remove(r.externalId());
                Long productId = products.get(productOf(r, account).key());
                if (existing == null) {
                    planNew(plan, account, r, productId, contractFor);
                } else {
                    planExisting(plan, existing, r, productId);
                }
            }
            known.values().stream()
                    .filter(s -> s.status() != SubscriptionState.DEACTIVATED)
                    .forEach(s -> planGone(plan, s));
        }
        return plan;
    }

    private void planNew(ChunkPlan plan, SyncAccount account, ProviderSubscriptionRecord r, Long productId,
                         ToLongFunction<CustomerCurrency> contractFor) {
        SubscriptionDiff diff = SubscriptionDiff.forNew(r, businessDate);
        String currency = currencyOf(r, account);
        long contractId = contractFor.applyAsLong(new CustomerCurrency(account.customerId(), currency));
        SubscriptionTerms terms = new SubscriptionTerms(r.effectiveDate() != null ? r.effectiveDate() : businessDate, diff.termEndDate(),
                r.autoRenew(), r.cancellationAllowedUntil(), r.refundableQuantity());
        NewSubscription row = new NewSubscription(contractId, account.providerId(), productId, account.id(),
                r.externalId(), nameOf(r), diff.quantity(), diff.status(), terms, null, currency);
        plan.inserts.add(new ChunkPlan.NewRow(new NewSyncedSubscription(row, r.quantity(), statusOf(r)),
                diff.changes()));
    }

    private void planExisting(ChunkPlan plan, Subscription ours, ProviderSubscriptionRecord r, Long productId) {
        SubscriptionDiff diff = SubscriptionDiff.between(SubscriptionSnapshot.of(ours), r, businessDate);
        Long product = ours.productId() != null ? ours.productId() : productId;
        SubscriptionTerms terms = new SubscriptionTerms(
                ours.effectiveDate() != null ? ours.effectiveDate() : r.effectiveDate(), diff.termEndDate(),
                r.autoRenew(), r.cancellationAllowedUntil(), r.refundableQuantity());
        String name = nameOf(r);
        String providerStatus = statusOf(r);
        boolean changed = diff.stateChanged() || !Objects.equals(product, ours.productId())
                || !name.equals(ours.name()) || !terms.equals(ours.terms())
                || !Objects.equals(r.quantity(), ours.providerQuantity())
                || !Objects.equals(providerStatus, ours.providerStatus());
        if (!changed) {
            plan.unchanged++;
            return;
        }
        plan.updates.add(new SyncedSubscription(ours.id(), product, name, diff.quantity(), diff.status(), terms,
                r.quantity(), providerStatus, now));
        diff.changes().forEach(c -> plan.events.add(c.toNewChange(ours.id(), ChangeSource.SYNC, RECORDED_BY)));
    }

    /** Rule 4: the provider stopped listing it, so it ends with a DEACTIVATE event of its remaining quantity. */
    private void planGone(ChunkPlan plan, Subscription ours) {
        PlannedChange deactivate = new PlannedChange(LicenseChangeType.DEACTIVATE, -ours.quantity(), 0, businessDate);
        plan.updates.add(new SyncedSubscription(ours.id(), ours.productId(), ours.name(), 0,
                SubscriptionState.DEACTIVATED, ours.terms(), null, NOT_REPORTED, now));
        plan.events.add(deactivate.toNewChange(ours.id(), ChangeSource.SYNC, RECORDED_BY));
        plan.deactivated++;
    }

    static String nameOf(ProviderSubscriptionRecord r) {
        return r.productName() == null || r.productName().isBlank() ? r.offerId() : r.productName().strip();
    }

    static String currencyOf(ProviderSubscriptionRecord r, SyncAccount account) {
        return r.unitPrice() != null ? r.unitPrice().currency().getCurrencyCode() : account.currency().strip();
    }

    private static String statusOf(ProviderSubscriptionRecord r) {
        String raw = r.providerStatus() == null ? r.status().name() : r.providerStatus();
        return raw.length() <= 40 ? raw : raw.substring(0, 40);
    }
}
