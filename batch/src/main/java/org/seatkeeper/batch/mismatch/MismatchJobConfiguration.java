package org.seatkeeper.batch.mismatch;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.OptionalTables;
import org.seatkeeper.db.mismatch.SubscriptionKeys;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * {@code licenseMismatchJob}: the reconciliation. Job, step and reader names are frozen (keys in the batch tables).
 * <ol>
 *   <li>{@code mismatchAccountChecks}: unmapped provider accounts, one MERGE;</li>
 *   <li>{@code mismatchSubscriptionChecks}: chunk-oriented over subscription ids; each chunk runs every
 *       per-subscription check as one set-based MERGE over its id range;</li>
 *   <li>{@code mismatchResolve}: resolves what was not found again, records skipped checks, snapshots the night.</li>
 * </ol>
 */
public final class MismatchJobConfiguration {

    public static final String JOB_NAME = "licenseMismatchJob";
    static final int CHUNK = 2000;

    private final BatchInfrastructure batch;
    private final Database database;
    private final Clock clock;
    private final List<Runnable> whenFinished = new CopyOnWriteArrayList<>();

    public MismatchJobConfiguration(BatchInfrastructure batch, Database database, Clock clock) {
        this.batch = batch;
        this.database = database;
        this.clock = clock;
    }

    /** Called after every run, whatever its outcome: findings may have changed (the report's cache listens). */
    public void whenFinished(Runnable action) {
        whenFinished.add(action);
    }

    /** A fresh job: readers and writers hold per-run state, so every start gets new ones. */
    public Job job() {
        MismatchFindingRepository findings = new MismatchFindingRepository(database.dsl(), clock);
        MismatchHistoryRepository history = new MismatchHistoryRepository(database.dsl(), clock);
        return batch.jobBuilder(JOB_NAME)
                .start(tasklet("mismatchAccountChecks", new AccountChecksTasklet(findings, new OptionalTables(database.dsl()))))
                .next(subscriptionChecks(findings))
                .next(tasklet("mismatchResolve",
                        new ResolveTasklet(findings, history, new OptionalTables(database.dsl()))))
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        whenFinished.forEach(Runnable::run);
                    }
                })
                .build();
    }

    private Step subscriptionChecks(MismatchFindingRepository findings) {
        SubscriptionIdReader reader = new SubscriptionIdReader(new SubscriptionKeys(database.dsl()), CHUNK);
        SubscriptionChecksWriter writer = new SubscriptionChecksWriter(findings,
                new DaysSync(batch.jobRepository()));
        return new StepBuilder("mismatchSubscriptionChecks", batch.jobRepository())
                .<Long, Long>chunk(CHUNK)
                .transactionManager(batch.transactionManager())
                .reader(reader)
                .writer(writer)
                .listener(writer)
                .build();
    }

    private Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
        return new StepBuilder(name, batch.jobRepository())
                .tasklet(tasklet, batch.transactionManager())
                .allowStartIfComplete(false)
                .build();
    }
}
