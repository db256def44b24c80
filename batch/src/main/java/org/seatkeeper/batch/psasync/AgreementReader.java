package org.seatkeeper.batch.psasync;

import java.util.ArrayDeque;
import java.util.Deque;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The agreements a run goes through, by id, a page at a time (keyset). Restartable: the last agreement handed to a
 * committed chunk is kept in the execution context. Not thread-safe; one instance per run.
 */
final class AgreementReader implements ItemStreamReader<Long>, StepExecutionListener {

    private static final String LAST = "psaLicenseSyncReader.last.agreement";
    private static final int PAGE = 200;

    private final LinkAdditionRepository records;
    private final Deque<Long> page = new ArrayDeque<>();
    private AgreementSyncs.Scope scope = AgreementSyncs.Scope.ALL;
    private long last;
    private boolean exhausted;

    AgreementReader(LinkAdditionRepository records) {
        this.records = records;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        scope = PsaLicenseSyncJobConfiguration.scope(stepExecution.getJobParameters());
        stepExecution.getExecutionContext().putLong(StepCounters.PROGRESS_TOTAL,
                records.countAgreements(scope.customerId(), scope.linkId()));
    }

    @Override
    public void open(ExecutionContext context) {
        last = context.getLong(LAST, 0L);
        page.clear();
        exhausted = false;
    }

    @Override
    public Long read() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(records.agreementsAfter(last, scope.customerId(), scope.linkId(), PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST, last);
    }

    @Override
    public void close() {
        page.clear();
    }
}
