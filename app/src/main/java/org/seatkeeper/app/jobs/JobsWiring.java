package org.seatkeeper.app.jobs;

import java.util.List;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.notifications.FailedJobNotices;
import org.seatkeeper.app.web.DashboardJobRow;
import org.seatkeeper.app.web.NotFoundServlet;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/** The jobs engine, the jobs pages, the nightly schedule and the dashboard's recent jobs. */
public final class JobsWiring {

    private static final int DASHBOARD_RUNS = 6;

    private JobsWiring() {
    }

    /** Built before the features that start jobs (providers); its executor is stopped on shutdown. */
    public static JobsEngine engine(AppContext app, List<AutoCloseable> closeables) {
        JobsEngine engine = JobsEngine.start(app);
        closeables.add(engine);
        // pages show figures and listings kept for a few seconds; a finished job's changes show at once
        engine.runner().whenAnyJobFinished(app.pages()::dataChanged);
        // a failed run stops the night's chain until someone restarts it: say so where people look
        FailedJobNotices failed = new FailedJobNotices(new NotificationRepository(app.database().dsl()),
                engine.history()::find, run -> JobRow.of(run).title(), app.clock());
        engine.runner().whenAnyExecutionFinished(failed::afterRun);
        return engine;
    }

    /**
     * Registered last, in menu order; returns the schedule so settings changes can move it and the features can chain
     * their steps. The engine stops it at shutdown, after the jobs.
     */
    public static NightlySchedule register(AppContext app, JobsEngine engine, ReportByHand report) {
        var dsl = app.database().dsl();
        NightlySchedule schedule = new NightlySchedule(app.scheduler(), new SettingsRepository(dsl), engine.syncs(),
                engine.runner(), engine.history());
        schedule.reschedule();
        engine.stopWithTheJobs(schedule);
        JobRows rows = new JobRows(engine.history());
        app.web().route("/jobs", new JobsServlet(app.pages(), rows, engine.syncs(), new ProviderRepository(dsl), schedule,
                        report))
                .route("/jobs/*", new PathRoutes(new NotFoundServlet(app.pages()))
                        .add("/jobs/[0-9]+", new JobRunServlet(app.pages(), engine.history(), rows))
                        .add("/jobs/[0-9]+/restart", new JobRestartServlet(app.pages(), engine.runner(), app.audit(),
                                app.database().transactions())));
        app.navigation().add("jobs", "Jobs", "/jobs");
        app.dashboard().recentJobs(() -> rows.recent(DASHBOARD_RUNS).stream()
                .map(r -> new DashboardJobRow(r.title(), r.status(), r.statusKind(), r.started(), r.counts()))
                .toList());
        return schedule;
    }
}
