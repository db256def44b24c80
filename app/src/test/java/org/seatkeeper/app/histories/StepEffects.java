package org.seatkeeper.app.histories;

import java.util.Set;

/**
 * What one step did, for the checks to know what they may expect.
 *
 * @param synced            a subscription sync completed (after a restart, when it failed), then reconciliation
 * @param quiet             it synced and nothing at the providers nor in the mappings had changed since the last
 *                          completed sync: it must write nothing
 * @param archiveToggled    events a person archived or un-archived
 * @param invoiced          events billing marked invoiced
 * @param replacement       the manual and the automatic subscription of a replacement that was applied, or null
 * @param rejected          Seatkeeper subscriptions whose provider record was unreadable when the sync read it
 */
record StepEffects(boolean synced, boolean quiet, Set<Long> archiveToggled, Set<Long> invoiced,
                   Replacement replacement, Set<Long> rejected) {

    record Replacement(long manualId, long automaticId) {
    }

    static StepEffects nothing() {
        return new StepEffects(false, false, Set.of(), Set.of(), null, Set.of());
    }

    static StepEffects sync(boolean quiet, Set<Long> rejected) {
        return new StepEffects(true, quiet, Set.of(), Set.of(), null, rejected);
    }

    static StepEffects archiveToggled(long eventId) {
        return new StepEffects(false, false, Set.of(eventId), Set.of(), null, Set.of());
    }

    static StepEffects invoiced(long eventId) {
        return new StepEffects(false, false, Set.of(), Set.of(eventId), null, Set.of());
    }

    static StepEffects replaced(long manualId, long automaticId) {
        return new StepEffects(false, false, Set.of(), Set.of(), new Replacement(manualId, automaticId), Set.of());
    }
}
