package org.seatkeeper.app.reports;

import org.seatkeeper.db.providers.CredentialsProblemRepository;
import java.time.Duration;
import java.util.List;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.system.AppContext;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MorningReportQueries;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.LoggerFactory;

/**
 * The morning report (page and mail), its schedule page, and the timer that sends it once a day. Returns the nightly
 * step ({@link NightlyReconciliation#runAfterSyncs}) for the nightly schedule to call after the syncs.
 */
public final class ReportsWiring {

    private ReportsWiring() {
    }

    public static NightlyReconciliation register(AppContext app, JobsEngine jobs, MismatchRun mismatch,
                                                 List<AutoCloseable> closeables) {
        var dsl = app.database().dsl();
        ReportScheduleRepository schedules = new ReportScheduleRepository(dsl);
        MorningReports reports = new MorningReports(
                new MorningReportBuilder(jobs.history(), new FindingQuery(dsl), new MorningReportQueries(dsl),
                        new CredentialsProblemRepository(dsl)),
                schedules, new SettingsRepository(dsl), new MismatchHistoryRepository(dsl, app.clock()),
                new OutboxRepository(dsl), app.mail(), new Templates(), app.database().transactions(), app.clock());
        app.web().route("/reports/morning", new MorningReportServlet(app.pages(), reports))
                .route("/reports/schedule", new ReportScheduleServlet(app.pages(), schedules, app.audit(),
                        app.database().transactions()))
                .route("/reports/schedule/send-now", new SendReportNowServlet(app.pages(), reports, schedules));
        app.navigation().add("reports", "Morning report", "/reports/morning");
        var timer = app.scheduler().scheduleWithFixedDelay(() -> {
            try {
                reports.sendIfDue();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ReportsWiring.class).warn("Morning report not sent: {}", e.getMessage());
            }
        }, Duration.ofMinutes(5));
        closeables.add(() -> timer.cancel(false));
        return new NightlyReconciliation(mismatch, reports);
    }
}
