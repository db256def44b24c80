package org.seatkeeper.billing.subscriptionsync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.seatkeeper.billing.subscriptions.PlannedChange;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * What one provider record means for our subscription: the license change events to write (in order) and the
 * quantity, status and term end the subscription has afterwards. Pure: no database, no clock.
 *
 * <ul>
 * <li>Nothing changed: no event (rule 3), so a second sync writes nothing.</li>
 * <li>A quantity change of +3 is one INCREASE of 3, dated the provider's last change date, else the business date
 *     (also when the term end moved with it).</li>
 * <li>Suspending keeps the quantity (SUSPEND changes it by 0); deactivating takes it to 0 whatever quantity the
 *     provider still reports, so a deactivated subscription never produces quantity events.</li>
 * <li>RENEW (change 0) when the term end moves forward, dated the day after the old term end (today at the latest).</li>
 * <li>An existing subscription's events are dated between its log's last event and the business date, so the log
 *     read in date order gives every event's "quantity after" (see {@link #between(SubscriptionSnapshot,
 *     ProviderSubscriptionRecord, LocalDate, LocalDate)}).</li>
 * <li>PENDING to ACTIVE is a status change without an event.</li>
 * <li>A product the provider changed (offer, SKU or term) is a PRODUCT_CHANGE of 0 ({@link #withProductChange}), a
 *     new cost or customer price a PRICE_CHANGE of 0 ({@link #withPriceChange}).</li>
 * </ul>
 * At most one event of a diff changes the quantity, so sorting the events by date never breaks rule 1.
 */
public record SubscriptionDiff(List<PlannedChange> changes, int quantity, SubscriptionState status,
                               LocalDate termEndDate, boolean stateChanged, int quantityBefore, LocalDate changeDate) {

    public SubscriptionDiff {
        changes = List.copyOf(changes);
    }

    /** A subscription the provider reports for the first time: its CREATE and, if needed, its status event. */
    public static SubscriptionDiff forNew(ProviderSubscriptionRecord provider, LocalDate businessDate) {
        SubscriptionState target = stateOf(provider);
        LocalDate created = provider.effectiveDate() != null ? provider.effectiveDate() : businessDate;
        LocalDate changed = latest(created, changeDate(provider, businessDate));
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(LicenseChangeType.CREATE, provider.quantity(), created));
        if (target == SubscriptionState.SUSPENDED) {
            drafts.add(new Draft(LicenseChangeType.SUSPEND, 0, changed));
        } else if (target == SubscriptionState.DEACTIVATED) {
            drafts.add(new Draft(LicenseChangeType.DEACTIVATE, -provider.quantity(), changed));
        }
        return new SubscriptionDiff(plan(0, drafts), targetQuantity(provider), target, provider.termEndDate(), true,
                0, changed);
    }

    /** An existing subscription compared with what the provider reports now (its log's last date unknown). */
    public static SubscriptionDiff between(SubscriptionSnapshot ours, ProviderSubscriptionRecord provider,
                                          LocalDate businessDate) {
        return between(ours, provider, businessDate, null);
    }

    /**
     * An existing subscription compared with what the provider reports now.
     *
     * @param lastEventDate the latest effective date in the subscription's log (null: none, or unknown). No event is
     *                      dated before it: an event inside the timeline would make the later events' "quantity after"
     *                      false. Nor after the business date: the sync records what has happened.
     */
    public static SubscriptionDiff between(SubscriptionSnapshot ours, ProviderSubscriptionRecord provider,
                                          LocalDate businessDate, LocalDate lastEventDate) {
        Objects.requireNonNull(ours, "ours");
        EventDates dates = new EventDates(lastEventDate, businessDate);
        SubscriptionState from = ours.status();
        SubscriptionState target = stateOf(provider);
        LocalDate changed = dates.of(changeDate(provider, businessDate));
        boolean renewed = ours.termEndDate() != null && provider.termEndDate() != null
                && provider.termEndDate().isAfter(ours.termEndDate());
        int quantity = ours.quantity();
        List<Draft> drafts = new ArrayList<>();

        boolean back = from == SubscriptionState.DEACTIVATED && target != SubscriptionState.DEACTIVATED;
        if (back) {
            // a deactivated subscription has 0 licenses: coming back brings the provider's quantity with it
            drafts.add(new Draft(LicenseChangeType.REACTIVATE, targetQuantity(provider), changed));
            quantity = targetQuantity(provider);
        } else if (from == SubscriptionState.SUSPENDED && isRunning(target)) {
            drafts.add(new Draft(LicenseChangeType.REACTIVATE, 0, changed));
        }
        if (renewed) {
            // the new term began the day after the old one ended; a term end moved before the old one ended (an
            // early renewal) renews today
            drafts.add(new Draft(LicenseChangeType.RENEW, 0, dates.of(ours.termEndDate().plusDays(1))));
        }
        if (target != SubscriptionState.DEACTIVATED && provider.quantity() != quantity) {
            // rule 3: the provider's change date, else the business date, whether or not the term moved with it
            int change = provider.quantity() - quantity;
            drafts.add(new Draft(change > 0 ? LicenseChangeType.INCREASE : LicenseChangeType.DECREASE, change,
                    changed));
        }
        if (target == SubscriptionState.SUSPENDED && from != SubscriptionState.SUSPENDED) {
            drafts.add(new Draft(LicenseChangeType.SUSPEND, 0, changed));
        }
        if (target == SubscriptionState.DEACTIVATED && from != SubscriptionState.DEACTIVATED) {
            drafts.add(new Draft(LicenseChangeType.DEACTIVATE, -ours.quantity(), changed));
        }

        // the provider leaving out the term end is not news: keep the one we know
        LocalDate termEnd = provider.termEndDate() != null ? provider.termEndDate() : ours.termEndDate();
        int targetQuantity = targetQuantity(provider);
        boolean stateChanged = !drafts.isEmpty() || target != from || targetQuantity != ours.quantity()
                || !Objects.equals(termEnd, ours.termEndDate());
        return new SubscriptionDiff(plan(ours.quantity(), drafts), targetQuantity, target, termEnd, stateChanged,
                ours.quantity(), changed);
    }

    /**
     * The DEACTIVATE of a subscription the provider no longer lists (rule 4): its remaining quantity, dated the
     * business date, never before the log's last event.
     */
    public static PlannedChange notReported(int quantity, LocalDate businessDate, LocalDate lastEventDate) {
        return new PlannedChange(LicenseChangeType.DEACTIVATE, -quantity, 0,
                new EventDates(lastEventDate, businessDate).of(businessDate));
    }

    /**
     * This diff plus a PRODUCT_CHANGE (quantity change 0): from the provider's change date on, the subscription is
     * billed as {@code details.productId()} at {@code details.unitPrice()}. It takes its place in the timeline like
     * the diff's other events.
     */
    public SubscriptionDiff withProductChange(PlannedChange.Details details) {
        Objects.requireNonNull(details.productId(), "productId");
        return with(LicenseChangeType.PRODUCT_CHANGE, details);
    }

    /**
     * This diff plus a PRICE_CHANGE (quantity change 0): from the provider's change date on, the customer's unit price
     * and the provider's cost are {@code details}'. In the timeline like the diff's other events.
     */
    public SubscriptionDiff withPriceChange(PlannedChange.Details details) {
        return with(LicenseChangeType.PRICE_CHANGE, details);
    }

    private SubscriptionDiff with(LicenseChangeType type, PlannedChange.Details details) {
        List<Draft> drafts = new ArrayList<>();
        changes.forEach(c -> drafts.add(new Draft(c.type(), c.quantityChange(), c.effectiveDate(), c.details())));
        drafts.add(new Draft(type, 0, changeDate, details));
        return new SubscriptionDiff(plan(quantityBefore, drafts), quantity, status, termEndDate, true, quantityBefore,
                changeDate);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The events as rows for the sync's bulk insert ({@code LicenseChangeBulkInsert}), recorded as the sync's. */
    public List<NewLicenseChange> toNewChanges(long subscriptionId, String recordedBy) {
        return changes.stream().map(c -> c.toNewChange(subscriptionId, ChangeSource.SYNC, recordedBy)).toList();
    }

    /** What the subscription looks like once this diff is written: diffing again against it gives nothing. */
    public SubscriptionSnapshot after() {
        return new SubscriptionSnapshot(quantity, status, termEndDate);
    }

    private static List<PlannedChange> plan(int startQuantity, List<Draft> drafts) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(Draft::date)); // stable: same-day events keep their logical order
        List<PlannedChange> planned = new ArrayList<>();
        int quantity = startQuantity;
        for (Draft draft : ordered) {
            quantity += draft.change();
            planned.add(new PlannedChange(draft.type(), draft.change(), quantity, draft.date(), draft.details()));
        }
        return planned;
    }

    private static SubscriptionState stateOf(ProviderSubscriptionRecord provider) {
        if (provider.status() == org.seatkeeper.providers.connector.SubscriptionStatus.TRIAL) {
            // a free trial is not active; until the ledger has a state of its own for trials it is held as PENDING
            return SubscriptionState.PENDING;
        }
        return SubscriptionState.valueOf(provider.status().name());
    }

    private static int targetQuantity(ProviderSubscriptionRecord provider) {
        return stateOf(provider) == SubscriptionState.DEACTIVATED ? 0 : provider.quantity();
    }

    private static boolean isRunning(SubscriptionState state) {
        return state == SubscriptionState.ACTIVE || state == SubscriptionState.PENDING;
    }

    private static LocalDate changeDate(ProviderSubscriptionRecord provider, LocalDate businessDate) {
        return provider.lastChangeDate() != null ? provider.lastChangeDate() : businessDate;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Draft(LicenseChangeType type, int change, LocalDate date, PlannedChange.Details details) {

        Draft(LicenseChangeType type, int change, LocalDate date) {
            this(type, change, date, null);
        }
    }

    /** Where a sync's event may fall: not after the business date, and not before the log's last event. */
    private record EventDates(LocalDate notBefore, LocalDate notAfter) {

        LocalDate of(LocalDate wanted) {
            LocalDate date = wanted.isAfter(notAfter) ? notAfter : wanted;
            return notBefore != null && date.isBefore(notBefore) ? notBefore : date;
        }
    }
}
