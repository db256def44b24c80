package org.seatkeeper.batch.psa;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.psa.PsaDataKind;
import org.seatkeeper.db.psa.PsaRefreshRepository;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.connectwise.CwList;
import org.seatkeeper.providers.connectwise.CwPage;
import org.seatkeeper.providers.http.Parsed;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads one kind of PSA data one ConnectWise page per call, each page written in its own transaction with the step's
 * position (the next page, when the read began), so the Jobs page shows progress and a failed run resumes at the page
 * it stopped at. A record that cannot be read or kept is listed as rejected and costs nothing else. After the last
 * page, rows this read did not see are marked not present.
 */
final class PsaPageTasklet<T, R> implements Tasklet {

    static final String PAGE = "psa.page";
    static final String READ_STARTED = "psa.read.started";

    private final PsaDataKind kind;
    private final CwList<T> list;
    private final Supplier<ConnectWiseClient> clients;
    private final BiFunction<T, Instant, R> mapping;
    private final Consumer<List<R>> writer;
    private final PsaRefreshRepository refresh;
    private final RejectedRecordRepository rejected;
    private final Clock clock;
    private final int pageSize;
    private ConnectWiseClient client;

    PsaPageTasklet(PsaDataKind kind, CwList<T> list, Supplier<ConnectWiseClient> clients, BiFunction<T, Instant, R> mapping,
                   Consumer<List<R>> writer, PsaRefreshRepository refresh, RejectedRecordRepository rejected, Clock clock,
                   int pageSize) {
        this.kind = kind;
        this.list = list;
        this.clients = clients;
        this.mapping = mapping;
        this.writer = writer;
        this.refresh = refresh;
        this.rejected = rejected;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey(READ_STARTED)) {
            context.putString(READ_STARTED, clock.instant().toString());
        }
        Instant readStarted = Instant.parse(context.getString(READ_STARTED));
        int page = context.getInt(PAGE, 1);
        if (client == null) {
            client = clients.get();
        }
        CwPage<T> read = client.page(list, null, page, pageSize);
        List<R> rows = new ArrayList<>(read.items().size());
        for (Parsed<T> item : read.items()) {
            contribution.incrementReadCount();
            String problem = item.problem();
            if (item.ok()) {
                try {
                    rows.add(mapping.apply(item.value(), readStarted));
                    continue;
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            contribution.incrementReadSkipCount();
            rejected.record(step.getJobExecutionId(), step.getStepName(), kind.label() + ", page " + page,
                    "ConnectWise sent a record Seatkeeper cannot keep: " + problem, item.raw(), clock.instant());
        }
        writer.accept(rows);
        contribution.incrementWriteCount(rows.size());
        context.putLong(StepCounters.ROWS_CHANGED, context.getLong(StepCounters.ROWS_CHANGED, 0L) + rows.size());
        context.putLong(StepCounters.PROGRESS_PAGES, context.getLong(StepCounters.PROGRESS_PAGES, 0L) + 1);
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        if (job.containsKey(PsaCountTasklet.TOTAL)) {
            context.putLong(StepCounters.PROGRESS_TOTAL, job.getLong(PsaCountTasklet.TOTAL));
        }
        if (read.more()) {
            context.putInt(PAGE, page + 1);
            return RepeatStatus.CONTINUABLE;
        }
        context.putLong(PsaRefreshJobConfiguration.GONE, refresh.markNotSeenSince(kind, readStarted));
        return RepeatStatus.FINISHED;
    }
}
