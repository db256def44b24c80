package org.seatkeeper.batch.licenses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 *     (at a renewal with no change date: the renewal date).</li>
 * <li>Suspending keeps the quantity (SUSPEND changes it by 0); deactivating takes it to 0 whatever quantity the
 *     provider still reports, so a deactivated subscription never produces quantity events.</li>
 * <li>RENEW (change 0) when the term end moves forward, dated the day after the old term end.</li>
 * <li>PENDING to ACTIVE is a status change without an event.</li>
 * </ul>
 * At most one event of a diff changes the quantity, so sorting the events by date never breaks rule 1.
 */
public record SubscriptionDiff(List<PlannedChange> changes, int quantity, SubscriptionState status,
                               LocalDate termEndDate, boolean stateChanged) {

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
        return new SubscriptionDiff(plan(0, drafts), targetQuantity(provider), target, provider.termEndDate(), true);
    }

    /** An existing subscription compared with what the provider reports now. */
    public static SubscriptionDiff between(SubscriptionSnapshot ours, ProviderSubscriptionRecord provider,
                                          LocalDate businessDate) {
        Objects.requireNonNull(ours, "ours");
        SubscriptionState from = ours.status();
        SubscriptionState target = stateOf(provider);
        LocalDate changed = changeDate(provider, businessDate);
        boolean renewed = ours.termEndDate() != null && provider.termEndDate() != null
                && provider.termEndDate().isAfter(ours.termEndDate());
        LocalDate renewalDate = renewed ? ours.termEndDate().plusDays(1) : null;
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
            drafts.add(new Draft(LicenseChangeType.RENEW, 0, renewalDate));
        }
        if (target != SubscriptionState.DEACTIVATED && provider.quantity() != quantity) {
            int change = provider.quantity() - quantity;
            LocalDate date = provider.lastChangeDate() != null ? provider.lastChangeDate()
                    : renewed ? renewalDate : businessDate;
            drafts.add(new Draft(change > 0 ? LicenseChangeType.INCREASE : LicenseChangeType.DECREASE, change, date));
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
        return new SubscriptionDiff(plan(ours.quantity(), drafts), targetQuantity, target, termEnd, stateChanged);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The events as rows for {@code LicenseChangeRepository.insertAll}, recorded as the sync's. */
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
            planned.add(new PlannedChange(draft.type(), draft.change(), quantity, draft.date()));
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

    private record Draft(LicenseChangeType type, int change, LocalDate date) {
    }
}
