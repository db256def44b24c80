package org.seatkeeper.app.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.reports.MorningReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's emulator, providers and first syncs, started in the background once the first page has been answered,
 * or after a few seconds if nobody asks: started at once they took half a second of two busy cores from the first
 * page, and a person needs longer than that to type the printed login.
 */
public final class BackgroundDemo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundDemo.class);

    private final CompletableFuture<DemoMode> demo;
    private final AtomicBoolean closing;

    private BackgroundDemo(CompletableFuture<DemoMode> demo, AtomicBoolean closing) {
        this.demo = demo;
        this.closing = closing;
    }

    /** Not in demo mode. */
    public static BackgroundDemo none() {
        return new BackgroundDemo(CompletableFuture.completedFuture(null), new AtomicBoolean());
    }

    public static BackgroundDemo startAfter(CompletableFuture<?> firstResponse, AppContext app, JobsEngine jobs,
                                            MorningReports reports, Path demoDirectory, DemoMail mail) {
        Executor demoThread = task -> {
            Thread thread = new Thread(task, "demo-start");
            thread.setDaemon(true);
            thread.start();
        };
        AtomicBoolean closing = new AtomicBoolean();
        return new BackgroundDemo(firstResponse.completeOnTimeout(null, 5, TimeUnit.SECONDS).thenApplyAsync(ignored -> {
            if (closing.get()) {
                // stopped before the demo started: nothing to start, nothing to keep
                return null;
            }
            long begin = System.nanoTime();
            try {
                DemoMode started = DemoMode.start(app, jobs, reports, demoDirectory, mail);
                LOG.info("Demo emulator and providers ready in {} ms", (System.nanoTime() - begin) / 1_000_000);
                return started;
            } catch (RuntimeException e) {
                LOG.error("The demo emulator could not start: {}", e.getMessage());
                throw e;
            }
        }, demoThread), closing);
    }

    /** The demo mode once its emulator and providers are ready; empty when not in demo mode. */
    public Optional<DemoMode> await(Duration timeout) throws Exception {
        return Optional.ofNullable(demo.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Stops the emulator; call after the jobs engine, which lets running jobs (that still need it) end their chunk. */
    @Override
    public void close() {
        closing.set(true);
        try {
            DemoMode started = demo.get(30, TimeUnit.SECONDS);
            if (started != null) {
                started.close();
            }
        } catch (Exception e) {
            LOG.warn("Stopping the demo emulator failed: {}", e.getMessage());
        }
    }
}
