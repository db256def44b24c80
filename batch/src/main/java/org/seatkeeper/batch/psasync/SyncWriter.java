package org.seatkeeper.batch.psasync;

import java.time.Clock;
import java.util.function.Supplier;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Makes each planned write in ConnectWise, then records what the links own, in the chunk's transaction. A failure
 * after a write and before the commit loses only the record: the next run finds the write by its marker (or, for a
 * change in place, because the addition already bills what Seatkeeper wants) and does not write it again.
 */
final class SyncWriter implements ItemWriter<AgreementSyncs.AgreementPlan>, StepExecutionListener {

    static final String WRITES = "psa.writes";

    private final Supplier<ConnectWiseClient> clients;
    private final LinkAdditionRepository records;
    private final NotificationRepository notifications;
    private final RejectedRecordRepository rejected;
    private final Clock clock;
    private ConnectWiseClient client;
    private StepExecution step;

    SyncWriter(Supplier<ConnectWiseClient> clients, LinkAdditionRepository records, NotificationRepository notifications,
               RejectedRecordRepository rejected, Clock clock) {
        this.clients = clients;
        this.records = records;
        this.notifications = notifications;
        this.rejected = rejected;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
    }

    @Override
    public void write(Chunk<? extends AgreementSyncs.AgreementPlan> chunk) {
        long writes = 0;
        long unchanged = 0;
        // links found as they were: one statement moves their sync time, instead of a save each
        java.util.List<Long> checked = new java.util.ArrayList<>();
        for (AgreementSyncs.AgreementPlan plan : chunk) {
            for (LinkOutcome outcome : plan.outcomes()) {
                if (outcome.writesAny() && client == null) {
                    client = clients.get();
                }
                LinkAdditionState after;
                try {
                    after = SyncExecution.execute(client, outcome);
                } catch (ProviderRejectedException e) {
                    // ConnectWise refused this link's write (its data): the others go on, the next run tries it again
                    after = failed(outcome, e.getMessage());
                    rejected.record(step.getJobExecutionId(), step.getStepName(), outcome.label(),
                            "ConnectWise refused the write: " + e.getMessage(), null, clock.instant());
                }
                writes += outcome.writes().size();
                if (!outcome.writesAny()) {
                    unchanged++;
                }
                if (after == null) {
                    records.delete(outcome.linkId());
                    continue;
                }
                if (unchanged(outcome.before(), after)) {
                    checked.add(after.linkId());
                    continue;
                }
                records.save(after);
                if (after.state() == LinkAdditionState.SyncState.EDITED_IN_PSA
                        && (outcome.before() == null || outcome.before().state() != LinkAdditionState.SyncState.EDITED_IN_PSA)) {
                    notifications.raiseOnce("PSA_ADDITION_EDITED", "LICENSE_LINK", outcome.linkId(),
                            "Edited in ConnectWise: " + outcome.label(), outcome.note(),
                            "/customers/" + after.customerId() + "/licenses/psa-sync", clock.instant());
                }
            }
        }
        records.touch(checked, clock.instant());
        var context = step.getExecutionContext();
        context.putLong(WRITES, context.getLong(WRITES, 0L) + writes);
        context.putLong(StepCounters.ROWS_CHANGED, context.getLong(StepCounters.ROWS_CHANGED, 0L) + writes);
        context.putLong(StepCounters.ROWS_UNCHANGED, context.getLong(StepCounters.ROWS_UNCHANGED, 0L) + unchanged);
    }

    /** The same record but for its sync time: an unchanged night stores nothing else. */
    private static boolean unchanged(LinkAdditionState before, LinkAdditionState after) {
        return before != null && before.withSyncedAt(after.syncedAt()).equals(after);
    }

    /** The record after a refused write: what was known before, marked failed with ConnectWise's reason. */
    private static LinkAdditionState failed(LinkOutcome outcome, String problem) {
        LinkAdditionState base = outcome.before() != null ? outcome.before() : outcome.after();
        return new LinkAdditionState(base.linkId(), base.tenantLicenseId(), base.profileId(), base.customerId(),
                base.agreementId(), base.additionId(), base.writtenFingerprint(), base.wantedFingerprint(),
                base.psaQuantity(), base.seatkeeperQuantity(), base.purchased(), base.wantedQuantity(),
                base.effectiveFrom(), LinkAdditionState.SyncState.FAILED, problem, outcome.after() != null
                ? outcome.after().syncedAt() : base.syncedAt());
    }
}
