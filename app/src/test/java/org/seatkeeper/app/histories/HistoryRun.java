package org.seatkeeper.app.histories;

import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.app.histories.HistoryWorld.ProviderSide;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.Unreadable;

/**
 * Runs one history in a world of its own and checks the chosen properties after the set-up night and after every
 * step; the history always ends with one more night, so its last changes are synced and checked too. A broken
 * property fails with the step it broke after and what it saw.
 */
final class HistoryRun {

    private final HistoryWorld world;
    private final Set<BillingProperty> properties;
    /** A change at a provider or in a mapping since the last completed subscription sync. */
    private boolean changedSinceSync;
    /** What a replacement left between a subscription's log and its quantity (log sum - quantity): nothing else may. */
    final Map<Long, Integer> logOffsets = new HashMap<>();
    /** The create events of automatic subscriptions that replaced a manual one: never to be invoiced again. */
    final Set<Long> replacedCreates = new HashSet<>();

    private HistoryRun(HistoryWorld world, Set<BillingProperty> properties) {
        this.world = world;
        this.properties = properties;
    }

    static void run(List<HistoryStep> history, Set<BillingProperty> properties) {
        try (HistoryWorld world = new HistoryWorld()) {
            HistoryRun run = new HistoryRun(world, properties);
            BillingTables empty = BillingTables.of(world.db.dsl());
            world.setUp();
            run.check("the set-up night", empty, StepEffects.sync(false, Set.of()));
            List<HistoryStep> steps = new ArrayList<>(history);
            steps.add(new HistoryStep.Night());
            for (int i = 0; i < steps.size(); i++) {
                HistoryStep step = steps.get(i);
                BillingTables before = BillingTables.of(world.db.dsl());
                StepEffects effects = run.apply(step);
                run.check("step " + (i + 1) + " (" + step + ")" + (i == history.size() ? ", the closing night" : ""),
                        before, effects);
            }
        }
    }

    private void check(String where, BillingTables before, StepEffects effects) {
        BillingTables after = BillingTables.of(world.db.dsl());
        for (BillingProperty property : properties) {
            List<String> broken = property.check(new BillingProperty.Observation(world, this, before, after, effects));
            if (!broken.isEmpty()) {
                throw new AssertionError("after " + where + ", " + property + " broke:\n    "
                        + String.join("\n    ", broken));
            }
        }
    }

    private StepEffects apply(HistoryStep step) {
        if (step instanceof HistoryStep.Night n) {
            return sync(() -> world.night(null, 0));
        }
        if (step instanceof HistoryStep.FailedNight f) {
            return sync(() -> world.night(Histories.PROVIDERS.get(f.provider()),
                    f.requestsBeforeFailure()));
        }
        if (step instanceof HistoryStep.SecondSync s) {
            return sync(world::secondSync);
        }
        if (step instanceof HistoryStep.SetQuantity s) {
            return atProvider(s.provider(), (side, control) ->
                    control.setSubscriptionQuantity(side.api, side.subscription(s.slot()), s.quantity()));
        }
        if (step instanceof HistoryStep.SetStatus s) {
            return atProvider(s.provider(), (side, control) ->
                    control.setSubscriptionStatus(side.api, side.subscription(s.slot()), s.status()));
        }
        if (step instanceof HistoryStep.Disappear s) {
            return atProvider(s.provider(), (side, control) ->
                    control.removeSubscription(side.api, side.subscription(s.slot())));
        }
        if (step instanceof HistoryStep.Reappear s) {
            return atProvider(s.provider(), (side, control) ->
                    control.restoreSubscription(side.api, side.subscription(s.slot())));
        }
        if (step instanceof HistoryStep.ChangeOffer s) {
            return atProvider(s.provider(), (side, control) ->
                    control.changeOffer(side.api, side.subscription(s.slot()), Histories.OFFERS.get(s.offer()),
                            Histories.TERMS.get(s.term()), null));
        }
        if (step instanceof HistoryStep.ChangePrice s) {
            return atProvider(s.provider(), (side, control) ->
                    world.price(side, side.subscription(s.slot()), s.cents()));
        }
        if (step instanceof HistoryStep.MakeUnreadable s) {
            return atProvider(s.provider(), (side, control) ->
                    control.makeUnreadable(side.api, side.subscription(s.slot()), s.how()));
        }
        if (step instanceof HistoryStep.MakeReadable s) {
            return atProvider(s.provider(), (side, control) ->
                    control.makeReadable(side.api, side.subscription(s.slot())));
        }
        if (step instanceof HistoryStep.AddSubscription s) {
            return atProvider(s.provider(), (side, control) ->
                    side.subscriptionIds.add(control.addSubscription(side.api, side.customerAtProvider,
                            org.seatkeeper.emulator.NewSubscription.of(Histories.OFFERS.get(s.offer()), "P1M",
                                    s.quantity()))));
        }
        if (step instanceof HistoryStep.Unmap s) {
            return mapping(world.unmap(side(s.provider())));
        }
        if (step instanceof HistoryStep.Remap s) {
            return mapping(refusedAsFalse(() -> world.remap(side(s.provider()))));
        }
        if (step instanceof HistoryStep.Archive s) {
            return onEvent(s.provider(), s.slot(), s.event(), e -> {
                world.archive(e.id());
                return StepEffects.archiveToggled(e.id());
            });
        }
        if (step instanceof HistoryStep.Unarchive s) {
            return onEvent(s.provider(), s.slot(), s.event(), e -> {
                world.unarchive(e.id());
                return StepEffects.archiveToggled(e.id());
            });
        }
        if (step instanceof HistoryStep.MarkInvoiced s) {
            return onEvent(s.provider(), s.slot(), s.event(), e ->
                    world.markInvoiced(e.id()) ? StepEffects.invoiced(e.id()) : StepEffects.nothing());
        }
        if (step instanceof HistoryStep.ManualChange s) {
            return byPerson(() -> {
                world.manualChange(side(s.provider()), s.action(), s.quantity());
                return StepEffects.nothing();
            });
        }
        if (step instanceof HistoryStep.Replace s) {
            return byPerson(() -> replace(side(s.provider()), s.slot(), s.invoiceDeactivation()));
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    private StepEffects sync(Runnable night) {
        boolean quiet = !changedSinceSync;
        Set<Long> rejected = unreadableNow();
        night.run();
        changedSinceSync = false;
        return StepEffects.sync(quiet, rejected);
    }

    /**
     * Seatkeeper's subscriptions whose provider record cannot be read now (a long name can), mapped or not: the sync
     * reads an unmapped account too (to hold its subscriptions for a later mapping), so a subscription Seatkeeper
     * still has on the account stays "provider data unreadable" until a sync reads its record again (F8).
     */
    private Set<Long> unreadableNow() {
        Set<Long> ids = new HashSet<>();
        for (ProviderSide side : world.sides) {
            for (String id : side.subscriptionIds) {
                SubscriptionView view = world.control.subscription(side.api, id);
                if (view.reported() && view.unreadable() != null && view.unreadable() != Unreadable.NAME) {
                    seatkeeperId(world, side, view).ifPresent(ids::add);
                }
            }
        }
        return ids;
    }

    static java.util.Optional<Long> seatkeeperId(HistoryWorld world, ProviderSide side, SubscriptionView view) {
        List<String> ids = new ArrayList<>();
        ids.add(view.subscriptionId());
        if (view.microsoftSubscriptionId() != null) {
            ids.add(view.microsoftSubscriptionId());
        }
        return world.db.dsl().select(SUBSCRIPTION.ID).from(SUBSCRIPTION)
                .where(SUBSCRIPTION.PROVIDER_ID.eq(side.providerId)).and(SUBSCRIPTION.EXTERNAL_ID.in(ids))
                .fetchOptional(SUBSCRIPTION.ID);
    }

    private interface ProviderChange {
        void apply(ProviderSide side, org.seatkeeper.emulator.EmulatorControl control);
    }

    /** A change at the provider; one the emulator refuses (e.g. restoring what was never removed) changes nothing. */
    private StepEffects atProvider(int provider, ProviderChange change) {
        try {
            change.apply(side(provider), world.control);
            changedSinceSync = true;
        } catch (IllegalArgumentException refused) {
            // as at a real provider: the request was refused and nothing changed
        }
        return StepEffects.nothing();
    }

    private StepEffects mapping(boolean changed) {
        changedSinceSync |= changed;
        return StepEffects.nothing();
    }

    private static boolean refusedAsFalse(java.util.function.BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (MappingRuleException refused) {
            return false;
        }
    }

    private StepEffects onEvent(int provider, int slot, int event, java.util.function.Function<LicenseChange, StepEffects> action) {
        LicenseChange e = world.event(side(provider), slot, event);
        return e == null ? StepEffects.nothing() : byPerson(() -> action.apply(e));
    }

    /** A person's change through a use case: refused by a billing rule, it changes nothing (the page says why). */
    private static StepEffects byPerson(java.util.function.Supplier<StepEffects> change) {
        try {
            return change.get();
        } catch (BillingRuleException | OptimisticLockException refused) {
            return StepEffects.nothing();
        }
    }

    private StepEffects replace(ProviderSide side, int slot, boolean invoiceDeactivation) {
        List<Long> synced = world.syncedSubscriptions(side);
        if (synced.isEmpty()) {
            return StepEffects.nothing();
        }
        long automaticId = synced.get(slot % synced.size());
        world.replace(side, automaticId, invoiceDeactivation);
        world.changes.findBySubscription(automaticId).stream().filter(e -> e.movedFromSubscriptionId() == null)
                .filter(e -> e.type() == LicenseChangeType.CREATE).forEach(e -> replacedCreates.add(e.id()));
        logOffsets.put(automaticId, world.changes.sumOfChanges(automaticId)
                - world.subscriptions.findById(automaticId).orElseThrow().quantity());
        return StepEffects.replaced(side.manualSubscriptionId, automaticId);
    }

    private ProviderSide side(int provider) {
        return world.sides.get(provider);
    }

    static Api api(int provider) {
        return Histories.PROVIDERS.get(provider);
    }
}
