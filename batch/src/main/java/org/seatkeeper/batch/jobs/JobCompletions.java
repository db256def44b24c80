package org.seatkeeper.batch.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.task.TaskExecutor;

/**
 * Tells waiters when a job execution has finished for good. The latch is released when the job's task returns, which
 * is after Spring Batch has written the final status and end time (afterJob listeners run before that write).
 */
final class JobCompletions implements JobExecutionListener {

    private final Map<Long, CountDownLatch> latches = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> current = new ThreadLocal<>();
    private final List<LongConsumer> whenAnyFinished = new CopyOnWriteArrayList<>();

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current.set(jobExecution.getId());
        latch(jobExecution.getId());
    }

    TaskExecutor decorate(TaskExecutor delegate) {
        return task -> delegate.execute(() -> {
            try {
                task.run();
            } finally {
                Long id = current.get();
                current.remove();
                if (id != null) {
                    whenAnyFinished.forEach(action -> action.accept(id));
                    latch(id).countDown();
                }
            }
        });
    }

    /** Runs the action, told the execution id, after every job execution has finished, before its waiters are released. */
    void whenAnyFinished(LongConsumer action) {
        whenAnyFinished.add(action);
    }

    /** @return true when the execution finished within the timeout */
    boolean await(long executionId, Duration timeout) throws InterruptedException {
        CountDownLatch latch = latch(executionId);
        boolean done = latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (done) {
            latches.remove(executionId, latch);
        }
        return done;
    }

    private CountDownLatch latch(long executionId) {
        return latches.computeIfAbsent(executionId, id -> new CountDownLatch(1));
    }
}
