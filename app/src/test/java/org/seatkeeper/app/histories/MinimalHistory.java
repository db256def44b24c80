package org.seatkeeper.app.histories;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Reports a broken property with the seed that found it and the shortest history that still breaks it. QuickTheories
 * has already shrunk the history's values (fewer steps, smaller numbers, the first provider and subscription); this
 * then leaves out one step after another while the history still fails, until no single step can go (a 1-minimal
 * history: every step left is needed).
 */
final class MinimalHistory implements Reporter {

    private final Consumer<List<HistoryStep>> property;
    private final String rerun;

    MinimalHistory(Consumer<List<HistoryStep>> property, String rerun) {
        this.property = property;
        this.rerun = rerun;
    }

    // (sic: the 0.26 release spells the method so)
    @Override
    public void falisification(long seed, int count, Object smallest, Throwable cause, List<Object> examples,
                              AsString<Object> toString) {
        @SuppressWarnings("unchecked")
        List<HistoryStep> history = new ArrayList<>((List<HistoryStep>) smallest);
        Throwable failure = cause;
        boolean shorter = true;
        while (shorter && history.size() > 1) {
            shorter = false;
            for (int i = 0; i < history.size(); i++) {
                List<HistoryStep> without = new ArrayList<>(history);
                without.remove(i);
                Throwable f = failureOf(without);
                if (f != null && brokenRule(f).equals(brokenRule(cause))) {
                    history = without;
                    failure = f;
                    shorter = true;
                    break;
                }
            }
        }
        AssertionError error = new AssertionError(String.format("A random history broke a billing property "
                        + "(history %d of this run; seed %d: rerun with %s -Dseatkeeper.seed=%d -Dseatkeeper.histories=%d).%n"
                        + "Minimal history (set-up night, then):%s%n  then the closing night%n%s",
                count, seed, rerun, seed, count, Histories.describe(history), failure.getMessage()));
        error.initCause(failure);
        throw error;
    }

    @Override
    public void falisification(long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
        throw new AssertionError("history " + count + " (seed " + seed + ") failed: " + toString.asString(smallest));
    }

    @Override
    public void valuesExhausted(int completedExamples) {
        throw new IllegalStateException("only " + completedExamples + " histories could be generated");
    }

    /** The property a failure broke, or the kind of error: a shorter history must fail the same way. */
    private static String brokenRule(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        for (BillingProperty property : BillingProperty.values()) {
            if (message.contains(property + " broke")) {
                return property.name();
            }
        }
        return failure.getClass().getName();
    }

    private Throwable failureOf(List<HistoryStep> history) {
        try {
            property.accept(history);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }
}
