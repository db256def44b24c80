package org.seatkeeper.batch.jobs;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Spring Batch without a Spring context: a JDBC job repository in our own database (the BATCH_* tables of V1), sharing
 * the database's transaction manager, a job registry, and a job operator that runs jobs on background threads so a web
 * request returns at once and the page polls. Build one per process; {@link #close()} waits up to 30 s for running jobs.
 */
public final class BatchInfrastructure implements AutoCloseable {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final MapJobRegistry jobRegistry = new MapJobRegistry();
    private final SimpleAsyncTaskExecutor executor;
    private final JobCompletions completions = new JobCompletions();
    private final LiveProgress liveProgress = new LiveProgress();
    private final TaskExecutorJobOperator jobOperator;

    /** @param maxConcurrentJobs how many jobs may run at once (e.g. one sync per provider) */
    public BatchInfrastructure(DataSource dataSource, PlatformTransactionManager transactionManager,
                               int maxConcurrentJobs) {
        this.transactionManager = transactionManager;
        try {
            JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
            factory.setDataSource(dataSource);
            factory.setTransactionManager(transactionManager);
            factory.setIncrementerFactory(new JobIdIncrementers(dataSource));
            factory.afterPropertiesSet();
            this.jobRepository = factory.getObject();
            this.executor = new SimpleAsyncTaskExecutor("seatkeeper-job-");
            executor.setConcurrencyLimit(maxConcurrentJobs);
            // at shutdown running jobs are asked to stop after their current chunk (JobRunner.stopRunning)
            executor.setTaskTerminationTimeout(30_000);
            this.jobOperator = new TaskExecutorJobOperator();
            jobOperator.setJobRepository(jobRepository);
            jobOperator.setJobRegistry(jobRegistry);
            jobOperator.setTaskExecutor(completions.decorate(executor));
            completions.whenAnyFinished(liveProgress::forget);
            jobOperator.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the batch job repository: " + e.getMessage(), e);
        }
    }

    /** A job builder whose jobs report completion to {@link JobRunner#awaitCompletion}: build every job with it. */
    public JobBuilder jobBuilder(String jobName) {
        return new JobBuilder(jobName, jobRepository).listener(completions).listener(new ReadableFailures());
    }

    /** Makes the job known by name (for listings and the operator); {@link JobRunner} runs fresh instances. */
    public void register(Job job) {
        try {
            jobRegistry.register(job);
        } catch (DuplicateJobException e) {
            throw new IllegalStateException("A job named " + job.getName() + " is registered twice", e);
        }
    }

    /** What the running jobs' readers are fetching right now, for the jobs page. */
    public LiveProgress liveProgress() {
        return liveProgress;
    }

    public JobRepository jobRepository() {
        return jobRepository;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    public JobOperator jobOperator() {
        return jobOperator;
    }

    MapJobRegistry jobRegistry() {
        return jobRegistry;
    }

    JobCompletions completions() {
        return completions;
    }

    @Override
    public void close() {
        executor.close();
    }
}
