package org.seatkeeper.batch.mismatch;

import java.util.ArrayDeque;
import java.util.Deque;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.mismatch.SubscriptionKeys;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads subscription ids in key order, a page at a time. Its place (the last id handed out) is saved with every
 * chunk commit, so a restarted run continues after the last committed chunk.
 */
final class SubscriptionIdReader implements ItemStreamReader<Long> {

    static final String NAME = "mismatchSubscriptionIds";
    private static final String LAST_ID = NAME + ".lastId";

    private final SubscriptionKeys keys;
    private final int pageSize;
    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    SubscriptionIdReader(SubscriptionKeys keys, int pageSize) {
        this.keys = keys;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastId = context.getLong(LAST_ID, 0L);
        if (!context.containsKey(StepCounters.PROGRESS_TOTAL)) {
            context.putLong(StepCounters.PROGRESS_TOTAL, keys.count());
        }
    }

    @Override
    public Long read() {
        if (buffer.isEmpty() && !exhausted) {
            long after = lastId;
            var page = keys.idsAfter(after, pageSize);
            buffer.addAll(page);
            exhausted = page.size() < pageSize;
        }
        Long id = buffer.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_ID, lastId);
    }
}
