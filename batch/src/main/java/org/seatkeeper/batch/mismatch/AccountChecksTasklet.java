package org.seatkeeper.batch.mismatch;

import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.mismatch.AccountChecks;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;
import org.seatkeeper.db.mismatch.OptionalTables;
import org.seatkeeper.db.mismatch.PsaChecks;
import org.seatkeeper.db.mismatch.UnreadableChecks;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The checks over every account: unmapped provider accounts, what the last subscription syncs could not read (per
 * subscription we hold, and per account for the rest), and per customer and SKU PSA vs Seatkeeper and unassigned
 * seats; one MERGE each.
 */
final class AccountChecksTasklet implements Tasklet {

    private final MismatchFindingRepository findings;
    private final OptionalTables tables;

    AccountChecksTasklet(MismatchFindingRepository findings, OptionalTables tables) {
        this.findings = findings;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        RunKey run = RunKey.of(step);
        int touched = findings.merge(AccountChecks.unmappedAccounts(), run.runId(), run.businessDate());
        touched += findings.merge(UnreadableChecks.subscriptions(), run.runId(), run.businessDate());
        touched += findings.merge(UnreadableChecks.accounts(), run.runId(), run.businessDate());
        // per customer and SKU: what the PSA sync saw billed, and the tenants' idle seats
        if (OptionalCheck.PSA.skipReason(tables).isEmpty()) {
            touched += findings.merge(PsaChecks.psaVsSeatkeeper(), run.runId(), run.businessDate());
        }
        if (OptionalCheck.UNASSIGNED.skipReason(tables).isEmpty()) {
            touched += findings.merge(PsaChecks.unassigned(run.businessDate()), run.runId(), run.businessDate());
        }
        step.getExecutionContext().putLong(StepCounters.ROWS_CHANGED, touched);
        return RepeatStatus.FINISHED;
    }
}
