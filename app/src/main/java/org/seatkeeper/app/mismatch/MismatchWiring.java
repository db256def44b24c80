package org.seatkeeper.app.mismatch;

import java.util.List;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.web.DashboardCard;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.db.mismatch.MismatchFindingRepository;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MismatchTotals;

/**
 * The license mismatch report: its pages, the reconciliation job on the shared jobs engine, the menu entry and the
 * dashboard card (the 30-night chart is drawn by static/mismatch-chart.js from /mismatches/chart.json).
 */
public final class MismatchWiring {

    private MismatchWiring() {
    }

    /** Returns the reconciliation, for the nightly schedule to run after the syncs (and the morning report). */
    public static MismatchRun register(AppContext app, JobsEngine jobs) {
        var dsl = app.database().dsl();
        ReportCache cache = new ReportCache();
        MismatchJobConfiguration configuration = new MismatchJobConfiguration(jobs.batch(), app.database(), app.clock());
        configuration.whenFinished(cache::invalidate);
        MismatchRun run = new MismatchRun(jobs.runner(), configuration);
        FindingQuery findings = new FindingQuery(dsl);
        MismatchHistoryRepository history = new MismatchHistoryRepository(dsl, app.clock());
        FindingFilters filters = new FindingFilters(history, app.clock());
        MismatchReportServlet report = new MismatchReportServlet(app.pages(), findings, history, filters, run, cache);
        app.web().route("/mismatches", report)
                .route("/mismatches.csv", new MismatchCsvServlet(app.pages(), findings, filters))
                .route("/mismatches/acknowledge", new AcknowledgeServlet(app.pages(),
                        new MismatchFindingRepository(dsl, app.clock()), app.audit(), app.database().transactions(), cache,
                        report))
                .route("/mismatches/run", new RunReconciliationServlet(app.pages(), run,
                        new SyncThenReconcile(jobs.runner(), jobs.history(), run), app.clock()))
                .route("/mismatches/chart.json", new MismatchChartServlet(app.pages(), history, app.clock()));
        app.navigation().add("mismatches", "License mismatches", "/mismatches",
                () -> cache.get("totals", List.of(FindingFilter.all()), () -> findings.totals(FindingFilter.all())).openFindings());
        app.dashboard().addCard(() -> {
            if (cache.get("checkRuns", List.of(), history::checkRuns).isEmpty()) {
                return new DashboardCard("Open license mismatches / money at stake", "—",
                        "Not compared yet: the first reconciliation runs tonight, or run it from the report.",
                        "/mismatches", false);
            }
            MismatchTotals totals = cache.get("totals", List.of(FindingFilter.all()), () -> findings.totals(FindingFilter.all()));
            return new DashboardCard("Open license mismatches / money at stake",
                    totals.openFindings() + " / " + Amounts.money(totals.moneyByCurrency()),
                    totals.openFindings() == 0 ? "Every quantity agrees." : "Largest amounts first in the report.",
                    "/mismatches", totals.openFindings() > 0);
        });
        return run;
    }
}
