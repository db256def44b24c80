package org.seatkeeper.batch.mismatch;

import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;
import org.seatkeeper.db.mismatch.SubscriptionChecks;
import org.seatkeeper.db.mismatch.SyncMoments;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * For a chunk of subscription ids, runs every per-subscription check as one set-based MERGE over the chunk's id
 * range. Idempotent: a replayed chunk merges the same findings again.
 */
final class SubscriptionChecksWriter implements ItemWriter<Long>, StepExecutionListener {

    private final MismatchFindingRepository findings;
    private final DaysSync daysSync;
    private StepExecution step;
    private RunKey run;
    private SyncMoments syncs;

    SubscriptionChecksWriter(MismatchFindingRepository findings, DaysSync daysSync) {
        this.findings = findings;
        this.daysSync = daysSync;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.run = RunKey.of(stepExecution);
        // once per step (and again on a restart): the syncs of the day do not change while the checks run
        this.syncs = daysSync.of(run.businessDate());
    }

    @Override
    public void write(Chunk<? extends Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Long id : ids) {
            from = Math.min(from, id);
            to = Math.max(to, id);
        }
        int touched = 0;
        for (CheckKind check : SubscriptionChecks.KINDS) {
            touched += findings.merge(SubscriptionChecks.candidates(check, from, to, syncs), run.runId(),
                    run.businessDate());
        }
        var context = step.getExecutionContext();
        context.putLong(StepCounters.ROWS_CHANGED, context.getLong(StepCounters.ROWS_CHANGED, 0L) + touched);
    }
}
