package org.seatkeeper.batch.psa;

import java.util.List;
import java.util.function.Supplier;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.connectwise.CwList;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Asks ConnectWise how many records the refresh will read ({@code /count} of each list), so the Jobs page shows a
 * percentage from the first page on.
 */
final class PsaCountTasklet implements Tasklet {

    static final String TOTAL = "psa.total";
    private static final List<CwList<?>> LISTS = List.of(CwList.COMPANIES, CwList.AGREEMENT_TYPES, CwList.AGREEMENTS,
            CwList.CATALOG);

    private final Supplier<ConnectWiseClient> clients;

    PsaCountTasklet(Supplier<ConnectWiseClient> clients) {
        this.clients = clients;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ConnectWiseClient client = clients.get();
        long total = 0;
        for (CwList<?> list : LISTS) {
            total += client.count(list, null);
        }
        var step = chunkContext.getStepContext().getStepExecution();
        step.getJobExecution().getExecutionContext().putLong(TOTAL, total);
        step.getExecutionContext().putLong(StepCounters.PROGRESS_TOTAL, total);
        step.getExecutionContext().putLong(StepCounters.ROWS_CHANGED, 0L);
        return RepeatStatus.FINISHED;
    }
}
