package org.seatkeeper.app.histories;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.seatkeeper.billing.subscriptions.ManualChanges;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.Unreadable;

/**
 * Random histories: lists of {@link HistoryStep}s. Each step is drawn from small integers, so shrinking moves a
 * failing history towards fewer steps, the first provider, the first subscription and small quantities.
 */
final class Histories {

    static final List<Api> PROVIDERS = List.of(Api.PARTNER_CENTER, Api.ION, Api.PAX8);
    static final List<String> OFFERS = List.of("M365-BB", "M365-BS", "M365-BP", "M365-E3");
    static final List<String> TERMS = List.of("P1M", "P1Y");
    static final List<String> STATUSES = List.of("active", "suspended", "deleted");
    private static final int SLOTS = 4;
    private static final int EVENTS = 4;

    private Histories() {
    }

    static String name(int provider) {
        return switch (PROVIDERS.get(provider)) {
            case PARTNER_CENTER -> "Partner Center";
            case ION -> "Ion";
            case PAX8 -> "Pax8";
            default -> throw new IllegalArgumentException();
        };
    }

    /** Histories of 1 to {@code maxSteps} steps (the runner ends each with one more night). */
    static Gen<List<HistoryStep>> histories(int maxSteps) {
        return SourceDSL.lists().of(steps()).ofSizeBetween(1, maxSteps)
                .describedAs(Histories::describe);
    }

    static String describe(List<HistoryStep> history) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            text.append(String.format("%n  %2d. %s", i + 1, history.get(i)));
        }
        return text.toString();
    }

    /** The first choices are the simplest: a plain night, then quantity changes; shrinking prefers them. */
    @SuppressWarnings("unchecked")
    static Gen<HistoryStep> steps() {
        Gen<Integer> provider = range(0, PROVIDERS.size() - 1);
        Gen<Integer> slot = range(0, SLOTS - 1);
        Gen<Integer> event = range(0, EVENTS - 1);
        List<Pair<Integer, Gen<HistoryStep>>> steps = new ArrayList<>();
        steps.add(Pair.of(6, constant(new HistoryStep.Night())));
        steps.add(Pair.of(5, provider.zip(slot, range(0, 15), HistoryStep.SetQuantity::new)));
        steps.add(Pair.of(2, provider.zip(slot, pick(STATUSES), HistoryStep.SetStatus::new)));
        steps.add(Pair.of(1, provider.zip(slot, HistoryStep.Disappear::new)));
        steps.add(Pair.of(1, provider.zip(slot, HistoryStep.Reappear::new)));
        steps.add(Pair.of(1, provider.zip(slot, range(0, OFFERS.size() - 1), range(0, TERMS.size() - 1),
                HistoryStep.ChangeOffer::new)));
        steps.add(Pair.of(1, provider.zip(slot, range(100, 5000), HistoryStep.ChangePrice::new)));
        steps.add(Pair.of(1, provider.zip(slot, enumValues(Unreadable.class), HistoryStep.MakeUnreadable::new)));
        steps.add(Pair.of(1, provider.zip(slot, HistoryStep.MakeReadable::new)));
        steps.add(Pair.of(1, provider.zip(range(0, OFFERS.size() - 1), range(1, 15), HistoryStep.AddSubscription::new)));
        steps.add(Pair.of(1, provider.zip(range(0, 3), HistoryStep.FailedNight::new)));
        steps.add(Pair.of(1, constant(new HistoryStep.SecondSync())));
        steps.add(Pair.of(1, provider.map(HistoryStep.Unmap::new)));
        steps.add(Pair.of(1, provider.map(HistoryStep.Remap::new)));
        steps.add(Pair.of(1, provider.zip(slot, event, HistoryStep.Archive::new)));
        steps.add(Pair.of(1, provider.zip(slot, event, HistoryStep.Unarchive::new)));
        steps.add(Pair.of(1, provider.zip(slot, event, HistoryStep.MarkInvoiced::new)));
        steps.add(Pair.of(2, provider.zip(enumValues(ManualChanges.Action.class), range(0, 15),
                HistoryStep.ManualChange::new)));
        steps.add(Pair.of(1, provider.zip(slot, SourceDSL.booleans().all(), HistoryStep.Replace::new)));
        return frequency(steps);
    }
}
