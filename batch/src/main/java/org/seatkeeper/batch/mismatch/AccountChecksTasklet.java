package org.seatkeeper.batch.mismatch;

import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.mismatch.AccountChecks;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The per-account check: unmapped provider accounts, one MERGE. */
final class AccountChecksTasklet implements Tasklet {

    private final MismatchFindingRepository findings;

    AccountChecksTasklet(MismatchFindingRepository findings) {
        this.findings = findings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        RunKey run = RunKey.of(step);
        int touched = findings.merge(AccountChecks.unmappedAccounts(), run.runId(), run.businessDate());
        step.getExecutionContext().putLong(StepCounters.ROWS_CHANGED, touched);
        return RepeatStatus.FINISHED;
    }
}
