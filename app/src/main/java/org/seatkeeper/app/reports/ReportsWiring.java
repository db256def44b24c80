package org.seatkeeper.app.reports;

import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.providers.CredentialsProblemRepository;
import java.time.Duration;
import java.util.List;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.psabilling.UnlinkedLicenses;
import org.seatkeeper.db.psasync.LinksNeedingAPerson;
import org.seatkeeper.db.mismatch.MorningReportQueries;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * The morning report (page and mail), its schedule page, and the timer that sends it once a day. Returns the report's
 * use cases: the nightly chain ends with {@link MorningReports#sendIfDueQuietly}.
 */
public final class ReportsWiring {

    private ReportsWiring() {
    }

    public static MorningReports register(AppContext app, JobsEngine jobs, List<AutoCloseable> closeables) {
        var dsl = app.database().dsl();
        ReportScheduleRepository schedules = new ReportScheduleRepository(dsl);
        MismatchHistoryRepository reconciliations = new MismatchHistoryRepository(dsl, app.clock());
        MorningReports reports = new MorningReports(
                new MorningReportBuilder(jobs.history(), new FindingQuery(dsl), new MorningReportQueries(dsl),
                        reconciliations, new CredentialsProblemRepository(dsl), new UnlinkedLicenses(dsl), new LinksNeedingAPerson(dsl),
                        new ComingRunPreview(new BillingPreview(new BillingInputRepository(dsl)))),
                schedules, new SettingsRepository(dsl),
                new OutboxRepository(dsl), app.mail(), app.pages().templates(), app.database().transactions(), app.clock());
        app.web().route("/reports/morning", new MorningReportServlet(app.pages(), reports))
                .route("/reports/schedule", new ReportScheduleServlet(app.pages(), schedules, app.audit(),
                        app.database().transactions()))
                .route("/reports/schedule/send-now", new SendReportNowServlet(app.pages(), reports, schedules));
        app.navigation().add("reports", "Morning report", "/reports/morning");
        var timer = app.scheduler().scheduleWithFixedDelay(reports::sendIfDueQuietly, Duration.ofMinutes(5));
        closeables.add(() -> timer.cancel(false));
        return reports;
    }
}
