package org.seatkeeper.batch.subscriptionsync;

import static org.seatkeeper.batch.subscriptionsync.SyncRecords.nameOf;
import static org.seatkeeper.batch.subscriptionsync.SyncRecords.offerOf;
import static org.seatkeeper.batch.subscriptionsync.SyncRecords.productOf;
import static org.seatkeeper.batch.subscriptionsync.SyncRecords.statusOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.billing.subscriptions.PlannedChange;
import org.seatkeeper.billing.subscriptionsync.SubscriptionDiff;
import org.seatkeeper.billing.subscriptionsync.SubscriptionSnapshot;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;
import org.seatkeeper.db.subscriptionsync.CustomerCurrency;
import org.seatkeeper.db.subscriptionsync.HeldSubscription;
import org.seatkeeper.db.subscriptionsync.NewSyncedSubscription;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.ProviderAmounts;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.db.subscriptionsync.SyncEvent;
import org.seatkeeper.db.subscriptionsync.SyncedSubscription;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * Turns a chunk of provider lists into the rows and events to write, comparing with what we hold. Quantity and status
 * events come from {@link SubscriptionDiff}, prices from {@link SyncPricing}. A row is written only when something we
 * store changed, so a second sync with no provider change plans nothing. We keep our effective date (a replacement
 * may have set it to the manual subscription's) and our product (a person may have re-pointed it) while the
 * provider's offer stays; a subscription the provider no longer lists is deactivated with an event, never deleted. A
 * record the provider listed but we could not read leaves its subscription untouched.
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

    /**
     * What the writer read for the chunk, inside its transaction.
     *
     * @param ours           our subscriptions of the chunk's mapped accounts, by account id
     * @param products       the catalog ids of the chunk's products (ensured), by key
     * @param amounts        those products' stored provider amounts, by id
     * @param rules          the price rules
     * @param contractFor    the contract a new subscription of (customer, currency) goes on
     * @param lastEventDates the latest event date in each of these subscriptions' logs (asked once, only for the
     *                       subscriptions that get an event): no sync event is dated before it
     */
    record Reads(Map<Long, List<OurSubscription>> ours, Map<ProductKey, Long> products,
                 Map<Long, ProviderAmounts> amounts, PriceRules rules, ToLongFunction<CustomerCurrency> contractFor,
                 Function<Collection<Long>, Map<Long, LocalDate>> lastEventDates) {
    }

    ChunkPlan plan(List<AccountSync> items, Reads reads) {
        ChunkPlan plan = new ChunkPlan();
        List<Compared> compared = new ArrayList<>();
        List<Fresh> fresh = new ArrayList<>();
        List<OurSubscription> gone = new ArrayList<>();
        List<SyncPricing.Seen> seen = new ArrayList<>();
        for (AccountSync item : items) {
            SyncAccount account = item.account();
            plan.listedAccounts.add(account.id());
            plan.unreadable.addAll(SyncRecords.unreadableOf(item));
            if (!account.mapped()) {
                item.subscriptions().forEach(r -> plan.held.add(new HeldSubscription(account.providerId(),
                        account.id(), r.externalId(), r.offerId(), nameOf(r), r.quantity(), r.status().name(),
                        r.termEndDate())));
                continue;
            }
            plan.mappedAccounts.add(account.id());
            Map<String, OurSubscription> known = new HashMap<>();
            reads.ours().getOrDefault(account.id(), List.of()).forEach(s -> known.put(s.row().externalId(), s));
            for (ProviderSubscriptionRecord r : item.subscriptions()) {
                OurSubscription existing = known.remove(r.externalId());
                ProductKey key = productOf(r, account).key();
                Long productId = reads.products().get(key);
                if (productId != null) {
                    seen.add(new SyncPricing.Seen(productId, r, existing == null ? null : existing.unitCost()));
                }
                if (existing == null) {
                    fresh.add(new Fresh(account, r, productId, offerOf(key)));
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
        Map<Long, ProviderAmounts> productUpdates = SyncPricing.productUpdates(seen, reads.amounts());
        plan.productAmounts.addAll(productUpdates.values());
        Map<Long, ProviderAmounts> amounts = new HashMap<>(reads.amounts());
        amounts.putAll(productUpdates);
        SyncPricing pricing = new SyncPricing(reads.rules(), amounts);

        fresh.forEach(f -> planNew(plan, f, pricing, reads.contractFor()));
        List<Decided> decided = compared.stream().map(c -> decide(c, pricing)).toList();
        List<Long> getEvents = new ArrayList<>();
        decided.stream().filter(Decided::writesEvents).forEach(d -> getEvents.add(d.compared().ours().row().id()));
        gone.forEach(s -> getEvents.add(s.row().id()));
        Map<Long, LocalDate> lastEvents = getEvents.isEmpty() ? Map.of() : reads.lastEventDates().apply(getEvents);
        decided.forEach(d -> planExisting(plan, d, lastEvents.get(d.compared().ours().row().id())));
        gone.forEach(s -> planGone(plan, s, lastEvents.get(s.row().id())));
        return plan;
    }

    /** A record we do not hold yet. */
    private record Fresh(SyncAccount account, ProviderSubscriptionRecord record, Long productId,
                         String providerOffer) {
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

    /** A compared subscription with its product from now on and its price. */
    private record Decided(Compared compared, Long product, SyncPricing.Priced priced) {

        boolean writesEvents() {
            return compared.diff().hasChanges() || priced.event() != null;
        }
    }

    private static Decided decide(Compared c, SyncPricing pricing) {
        Subscription ours = c.ours().row();
        boolean moved = c.offerMoved();
        Long product = moved ? c.productId() : ours.productId() != null ? ours.productId() : c.productId();
        if (c.diff().status() == SubscriptionState.DEACTIVATED) {
            // not billed any more: its price and cost stay as they were (a product change is still recorded)
            PlannedChange.Details event = moved ? new PlannedChange.Details(product, null, null,
                    SyncRecords.productChangeNote(c.ours().providerOffer(), c.providerOffer())) : null;
            return new Decided(c, product, new SyncPricing.Priced(ours.unitPrice(), c.ours().unitCost(), event));
        }
        return new Decided(c, product, pricing.forExisting(c.ours(), c.record(), product,
                Objects.equals(product, c.productId()),
                moved ? SyncRecords.productChangeNote(c.ours().providerOffer(), c.providerOffer()) : null));
    }

    private void planNew(ChunkPlan plan, Fresh f, SyncPricing pricing, ToLongFunction<CustomerCurrency> contractFor) {
        ProviderSubscriptionRecord r = f.record();
        SyncAccount account = f.account();
        SubscriptionDiff diff = SubscriptionDiff.forNew(r, businessDate);
        String currency = SyncRecords.currencyOf(r, account);
        long contractId = contractFor.applyAsLong(new CustomerCurrency(account.customerId(), currency));
        SyncPricing.Priced priced = pricing.forNew(contractId, account.providerId(), f.productId(), currency, r);
        SubscriptionTerms terms = new SubscriptionTerms(r.effectiveDate() != null ? r.effectiveDate() : businessDate,
                diff.termEndDate(), r.autoRenew(), r.cancellationAllowedUntil(), r.refundableQuantity());
        NewSubscription row = new NewSubscription(contractId, account.providerId(), f.productId(), account.id(),
                r.externalId(), nameOf(r), diff.quantity(), diff.status(), terms, priced.unitPrice(), currency);
        plan.inserts.add(new ChunkPlan.NewRow(new NewSyncedSubscription(row, r.quantity(), statusOf(r),
                f.providerOffer(), priced.unitCost()), diff.changes()));
    }

    /** Writes the row only when something we store changed; its events in date order after the log's last one. */
    private void planExisting(ChunkPlan plan, Decided d, LocalDate lastEvent) {
        Compared c = d.compared();
        Subscription ours = c.ours().row();
        ProviderSubscriptionRecord r = c.record();
        SubscriptionDiff diff = lastEvent == null ? c.diff()
                : SubscriptionDiff.between(SubscriptionSnapshot.of(ours), r, businessDate, lastEvent);
        PlannedChange.Details event = d.priced().event();
        if (event != null) {
            diff = event.productId() != null ? diff.withProductChange(event) : diff.withPriceChange(event);
        }
        SubscriptionTerms terms = new SubscriptionTerms(
                ours.effectiveDate() != null ? ours.effectiveDate() : r.effectiveDate(), diff.termEndDate(),
                r.autoRenew(), r.cancellationAllowedUntil(), r.refundableQuantity());
        String name = nameOf(r);
        String providerStatus = statusOf(r);
        BigDecimal unitPrice = d.priced().unitPrice();
        BigDecimal unitCost = d.priced().unitCost();
        boolean changed = diff.stateChanged() || !Objects.equals(d.product(), ours.productId())
                || !name.equals(ours.name()) || !terms.equals(ours.terms())
                || !Objects.equals(r.quantity(), ours.providerQuantity())
                || !Objects.equals(providerStatus, ours.providerStatus())
                || !c.providerOffer().equals(c.ours().providerOffer())
                || !SyncRecords.sameAmount(unitPrice, ours.unitPrice())
                || !SyncRecords.sameAmount(unitCost, c.ours().unitCost());
        if (!changed) {
            plan.unchanged++;
            return;
        }
        plan.updates.add(new SyncedSubscription(ours.id(), d.product(), name, diff.quantity(), diff.status(), terms,
                r.quantity(), providerStatus, now, c.providerOffer(), unitPrice, unitCost));
        diff.changes().forEach(e -> plan.events.add(new SyncEvent(
                e.toNewChange(ours.id(), ChangeSource.SYNC, RECORDED_BY), e.productId(), e.unitCost())));
    }

    /** Rule 4: the provider stopped listing it, so it ends with a DEACTIVATE event of its remaining quantity. */
    private void planGone(ChunkPlan plan, OurSubscription gone, LocalDate lastEvent) {
        Subscription ours = gone.row();
        PlannedChange deactivate = SubscriptionDiff.notReported(ours.quantity(), businessDate, lastEvent);
        plan.updates.add(new SyncedSubscription(ours.id(), ours.productId(), ours.name(), 0,
                SubscriptionState.DEACTIVATED, ours.terms(), null, NOT_REPORTED, now, gone.providerOffer(),
                ours.unitPrice(), gone.unitCost()));
        plan.events.add(SyncEvent.of(deactivate.toNewChange(ours.id(), ChangeSource.SYNC, RECORDED_BY)));
        plan.deactivated++;
    }
}
