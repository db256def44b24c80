package org.seatkeeper.batch.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a running job is waiting for right now, in words ("customers page 3 (150 accounts so far)"), kept in memory
 * while it runs. A step's counters are only saved when a chunk commits, so during a slow provider page they stand
 * still; the reader notes here what it is fetching before each fetch, and the jobs page shows it. Forgotten when the
 * execution finishes ({@link BatchInfrastructure} wires that).
 */
public final class LiveProgress {

    private final Map<Long, String> notes = new ConcurrentHashMap<>();

    public void note(long jobExecutionId, String text) {
        notes.put(jobExecutionId, text);
    }

    public Optional<String> of(long jobExecutionId) {
        return Optional.ofNullable(notes.get(jobExecutionId));
    }

    void forget(long jobExecutionId) {
        notes.remove(jobExecutionId);
    }
}
