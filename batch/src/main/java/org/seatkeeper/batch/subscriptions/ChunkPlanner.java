package org.seatkeeper.batch.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.seatkeeper.batch.licenses.PlannedChange;
import org.seatkeeper.batch.licenses.SubscriptionDiff;
import org.seatkeeper.batch.licenses.SubscriptionSnapshot;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;
import org.seatkeeper.db.subscriptions.SyncedSubscription;
import org.seatkeeper.db.subscriptionsync.CustomerCurrency;
import org.seatkeeper.db.subscriptionsync.HeldSubscription;
import org.seatkeeper.db.subscriptionsync.NewSyncedSubscription;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.SyncEvent;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscription;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * Turns a chunk of provider lists into the rows and events to write, comparing with what we hold. The license events
 * come from {@link SubscriptionDiff} only. A row is written only when something we store changed, so a second sync
 * with no provider change plans nothing. We keep our effective date (a replacement may have set it to the manual
 * subscription's) and our product (a person may have re-pointed it); a subscription the provider no longer lists is
 * deactivated with an event, never deleted. A record the provider listed but we could not read leaves its
 * subscription untouched and is kept as unreadable until a sync reads it again.
 */
final class ChunkPlanner {

    static final String RECORDED_BY = "sync";
    static final String NOT_REPORTED = "NOT_REPORTED";
    private static final int NAME_LENGTH = 300;

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
    static java.util.Set<CustomerCurrency> contractsForNew(List<AccountSync> mapped,
                                                           Map<Long, List<OurSubscription>> ours) {
        java.util.Set<CustomerCurrency> wanted = new java.util.HashSet<>();
        for (AccountSync item : mapped) {
            java.util.Set<String> known = new java.util.HashSet<>();
            ours.getOrDefault(item.account().id(), List.of()).forEach(s -> known.add(s.row().externalId()));
            item.subscriptions().stream().filter(r -> !known.contains(r.externalId())).forEach(r -> wanted.add(
                    new CustomerCurrency(item.account().customerId(), currencyOf(r, item.account()))));
        }
        return wanted;
    }

    /**
     * @param lastEventDates the latest event date in the log of each of these subscriptions (asked once per chunk,
     *                       only for the subscriptions that get an event): no sync event is dated before it
     */
    ChunkPlan plan(List<AccountSync> items, Map<Long, List<OurSubscription>> ours, Map<ProductKey, Long> products,
                   ToLongFunction<CustomerCurrency> contractFor,
                   Function<Collection<Long>, Map<Long, LocalDate>> lastEventDates) {
        ChunkPlan plan = new ChunkPlan();
        List<Compared> compared = new ArrayList<>();
        List<OurSubscription> gone = new ArrayList<>();
        for (AccountSync item : items) {
            SyncAccount account = item.account();
            plan.listedAccounts.add(account.id());
            plan.unreadable.addAll(unreadableOf(item));
            if (!account.mapped()) {
                item.subscriptions().forEach(r -> plan.held.add(new HeldSubscription(account.providerId(),
                        account.id(), r.externalId(), r.offerId(), nameOf(r), r.quantity(), r.status().name(),
                        r.termEndDate())));
                continue;
            }
            plan.mappedAccounts.add(account.id());
            Map<String, OurSubscription> known = new HashMap<>();
            ours.getOrDefault(account.id(), List.of()).forEach(s -> known.put(s.row().externalId(), s));
            for (ProviderSubscriptionRecord r : item.subscriptions()) {
                OurSubscription existing = known.remove(r.externalId());
                ProductKey key = productOf(r, account).key();
                Long productId = products.get(key);
                if (existing == null) {
                    planNew(plan, account, r, productId, offerOf(key), contractFor);
                } else {
                    compared.add(new Compared(existing, r, productId, offerOf(key),
                            SubscriptionDiff.between(SubscriptionSnapshot.of(existing.row()), r, businessDate)));
                }
            }
            // a record the provider listed but we could not read is not "no longer reported": its subscription stays
            // exactly as it was; when a record's id was unreadable too, we cannot tell which one it is, so none goes
            Set<String> unreadable = item.unreadableIds();
            if (!item.hasUnidentifiedRecord()) {
                known.values().stream()
                        .filter(s -> s.row().status() != SubscriptionState.DEACTIVATED)
                        .filter(s -> !unreadable.contains(s.row().externalId()))
                        .forEach(gone::add);
            }
        }
        List<Long> getEvents = new ArrayList<>();
        compared.stream().filter(c -> c.diff().hasChanges() || c.offerMoved())
                .forEach(c -> getEvents.add(c.ours().row().id()));
        gone.forEach(s -> getEvents.add(s.row().id()));
        Map<Long, LocalDate> lastEvents = getEvents.isEmpty() ? Map.of() : lastEventDates.apply(getEvents);
        for (Compared c : compared) {
            LocalDate lastEvent = lastEvents.get(c.ours().row().id());
            SubscriptionDiff diff = lastEvent == null ? c.diff() : SubscriptionDiff.between(
                    SubscriptionSnapshot.of(c.ours().row()), c.record(), businessDate, lastEvent);
            planExisting(plan, c, diff);
        }
        gone.forEach(s -> planGone(plan, s, lastEvents.get(s.row().id())));
        return plan;
    }

    /**
     * A subscription we hold, what the provider says of it now (its product in our catalog, its offer|term|cycle),
     * and their diff (before the log's dates are known).
     */
    private record Compared(OurSubscription ours, ProviderSubscriptionRecord record, Long productId,
                            String providerOffer, SubscriptionDiff diff) {

        /** The provider sells it as another offer, term or cycle than at the last sync, so as another product. */
        boolean offerMoved() {
            return ours.providerOffer() != null && !ours.providerOffer().equals(providerOffer)
                    && productId != null && !productId.equals(ours.row().productId());
        }
    }

    private void planNew(ChunkPlan plan, SyncAccount account, ProviderSubscriptionRecord r, Long productId,
                         String providerOffer, ToLongFunction<CustomerCurrency> contractFor) {
        SubscriptionDiff diff = SubscriptionDiff.forNew(r, businessDate);
        String currency = currencyOf(r, account);
        long contractId = contractFor.applyAsLong(new CustomerCurrency(account.customerId(), currency));
        SubscriptionTerms terms = new SubscriptionTerms(r.effectiveDate() != null ? r.effectiveDate() : businessDate, diff.termEndDate(),
                r.autoRenew(), r.cancellationAllowedUntil(), r.refundableQuantity());
        NewSubscription row = new NewSubscription(contractId, account.providerId(), productId, account.id(),
                r.externalId(), nameOf(r), diff.quantity(), diff.status(), terms, null, currency);
        plan.inserts.add(new ChunkPlan.NewRow(new NewSyncedSubscription(row, r.quantity(), statusOf(r),
                providerOffer), diff.changes()));
    }

    /**
     * Writes the row only when something we store changed. Our product stays (a person may have re-pointed it) unless
     * the provider now sells another offer, term or cycle: then the provider's product, with a PRODUCT_CHANGE.
     */
    private void planExisting(ChunkPlan plan, Compared c, SubscriptionDiff diff) {
        Subscription ours = c.ours().row();
        ProviderSubscriptionRecord r = c.record();
        Long product = ours.productId() != null ? ours.productId() : c.productId();
        if (c.offerMoved()) {
            diff = diff.withProductChange(c.productId(), productChangeNote(c.ours().providerOffer(), c.providerOffer()));
            product = c.productId();
        }
        SubscriptionTerms terms = new SubscriptionTerms(
                ours.effectiveDate() != null ? ours.effectiveDate() : r.effectiveDate(), diff.termEndDate(),
                r.autoRenew(), r.cancellationAllowedUntil(), r.refundableQuantity());
        String name = nameOf(r);
        String providerStatus = statusOf(r);
        boolean changed = diff.stateChanged() || !Objects.equals(product, ours.productId())
                || !name.equals(ours.name()) || !terms.equals(ours.terms())
                || !Objects.equals(r.quantity(), ours.providerQuantity())
                || !Objects.equals(providerStatus, ours.providerStatus())
                || !c.providerOffer().equals(c.ours().providerOffer());
        if (!changed) {
            plan.unchanged++;
            return;
        }
        plan.updates.add(new SyncedSubscription(ours.id(), product, name, diff.quantity(), diff.status(), terms,
                r.quantity(), providerStatus, now, c.providerOffer()));
        diff.changes().forEach(e -> plan.events.add(
                new SyncEvent(e.toNewChange(ours.id(), ChangeSource.SYNC, RECORDED_BY), e.productId())));
    }

    /** Rule 4: the provider stopped listing it, so it ends with a DEACTIVATE event of its remaining quantity. */
    private void planGone(ChunkPlan plan, OurSubscription gone, LocalDate lastEvent) {
        Subscription ours = gone.row();
        PlannedChange deactivate = SubscriptionDiff.notReported(ours.quantity(), businessDate, lastEvent);
        plan.updates.add(new SyncedSubscription(ours.id(), ours.productId(), ours.name(), 0,
                SubscriptionState.DEACTIVATED, ours.terms(), null, NOT_REPORTED, now, gone.providerOffer()));
        plan.events.add(new SyncEvent(deactivate.toNewChange(ours.id(), ChangeSource.SYNC, RECORDED_BY), null));
        plan.deactivated++;
    }

    /** What the sync could not read of one account, one row per subscription id and one for records without one. */
    static List<UnreadableSubscription> unreadableOf(AccountSync item) {
        SyncAccount account = item.account();
        Set<String> unreadable = item.unreadableIds();
        Map<String, UnreadableSubscription> byId = new LinkedHashMap<>();
        List<String> unidentified = new ArrayList<>();
        for (AccountSync.Rejection r : item.rejected()) {
            String id = r.subscriptionId();
            if (id == null) {
                unidentified.add(r.reason());
            } else if (unreadable.contains(id)) {
                byId.putIfAbsent(id, new UnreadableSubscription(account.providerId(), account.id(), id, r.reason()));
            }
        }
        List<UnreadableSubscription> rows = new ArrayList<>(byId.values());
        if (!unidentified.isEmpty()) {
            String reason = unidentified.size() == 1 ? unidentified.get(0)
                    : unidentified.size() + " records without a readable id, the first: " + unidentified.get(0);
            rows.add(new UnreadableSubscription(account.providerId(), account.id(), null, reason));
        }
        return rows;
    }

    /** What the provider sells, as subscription.provider_offer keeps it: the offer (upper case), term and billing cycle. */
    static String offerOf(ProductKey key) {
        return key.offerId().toUpperCase(Locale.ROOT) + "|" + key.term().name() + "|" + key.billingCycle().name();
    }

    /** E.g. "The provider changed the offer: CFQ7TTC0LF8R:0001:P1Y, P1Y, MONTHLY -> CFQ7TTC0LF8R:0002:P1M, P1M, MONTHLY". */
    static String productChangeNote(String from, String to) {
        String note = "The provider changed the offer: " + from.replace("|", ", ") + " -> " + to.replace("|", ", ");
        return note.length() <= 500 ? note : note.substring(0, 500);
    }

    /** The provider's name for the product, cut to the column (300) rather than refusing the record. */
    static String nameOf(ProviderSubscriptionRecord r) {
        String name = r.productName() == null || r.productName().isBlank() ? r.offerId() : r.productName().strip();
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }

    static String currencyOf(ProviderSubscriptionRecord r, SyncAccount account) {
        return r.unitPrice() != null ? r.unitPrice().currency().getCurrencyCode() : account.currency().strip();
    }

    private static String statusOf(ProviderSubscriptionRecord r) {
        String raw = r.providerStatus() == null ? r.status().name() : r.providerStatus();
        return raw.length() <= 40 ? raw : raw.substring(0, 40);
    }
}
