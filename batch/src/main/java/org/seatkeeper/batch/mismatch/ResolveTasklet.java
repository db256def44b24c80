package org.seatkeeper.batch.mismatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.OptionalTables;
import org.seatkeeper.db.mismatch.SubscriptionChecks;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The run's last step: resolves the open findings of every check that ran and did not find them again, records which
 * checks ran or were skipped (with the reason), and snapshots the night for the dashboard chart.
 */
final class ResolveTasklet implements Tasklet {

    private final MismatchFindingRepository findings;
    private final MismatchHistoryRepository history;
    private final OptionalTables tables;

    ResolveTasklet(MismatchFindingRepository findings, MismatchHistoryRepository history, OptionalTables tables) {
        this.findings = findings;
        this.history = history;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        RunKey run = RunKey.of(step);
        List<CheckKind> ran = new ArrayList<>(SubscriptionChecks.KINDS);
        ran.add(CheckKind.UNREADABLE);
        for (CheckKind check : ran) {
            history.recordCheck(check, run.runId(), run.businessDate(), null);
        }
        for (OptionalCheck optional : OptionalCheck.ALL) {
            Optional<String> reason = optional.skipReason(tables);
            history.recordCheck(optional.kind(), run.runId(), run.businessDate(), reason.orElse(null));
            if (reason.isEmpty()) {
                ran.add(optional.kind());
            }
        }
        int resolved = findings.resolveUnseen(ran, run.runId(), run.businessDate());
        history.recordNight(run.runId(), run.businessDate());
        step.getExecutionContext().putLong(StepCounters.ROWS_CHANGED, resolved);
        return RepeatStatus.FINISHED;
    }
}
