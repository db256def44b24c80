package org.seatkeeper.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.mail.MailLink;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.ReportSchedule;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.settings.WebAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The morning report use cases: build it for a date, send it once a day to the configured recipients after the night's
 * reconciliation (or two hours past the send time if the reconciliation did not run), and "send now" to test.
 */
public final class MorningReports {

    static final String MAIL_KIND = "MORNING_REPORT";
    private static final Logger LOG = LoggerFactory.getLogger(MorningReports.class);

    private final MorningReportBuilder builder;
    private final ReportScheduleRepository schedules;
    private final SettingsRepository settings;
    private final MismatchHistoryRepository history;
    private final OutboxRepository outbox;
    private final OutboxDispatcher dispatcher;
    private final Templates templates;
    private final Transactions transactions;
    private final Clock clock;

    MorningReports(MorningReportBuilder builder, ReportScheduleRepository schedules, SettingsRepository settings,
                   MismatchHistoryRepository history, OutboxRepository outbox, OutboxDispatcher dispatcher,
                   Templates templates, Transactions transactions, Clock clock) {
        this.builder = builder;
        this.schedules = schedules;
        this.settings = settings;
        this.history = history;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
    }

    ZoneId zone() {
        try {
            return ZoneId.of(settings.load().timeZone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    LocalDate today() {
        return MorningReportBuilder.today(clock, zone());
    }

    public MorningReport build(LocalDate date) {
        return builder.build(date, schedules.load(), zone(), settings.load().nightlyCron());
    }

    /** Called every few minutes and right after the nightly reconciliation; sends at most one mail a day. */
    public boolean sendIfDue() {
        ReportSchedule schedule = schedules.load();
        ZoneId zone = zone();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        if (!schedule.enabled() || schedule.recipientList().isEmpty() || now.toLocalTime().isBefore(schedule.sendTime())
                || (schedule.lastSentOn() != null && !schedule.lastSentOn().isBefore(today))) {
            return false;
        }
        boolean reconciled = history.latestOnOrBefore(today).map(n -> n.businessDate().equals(today)).orElse(false);
        if (!reconciled && now.toLocalTime().isBefore(schedule.sendTime().plusHours(2))) {
            return false; // wait for the night's reconciliation a little longer
        }
        boolean queued = transactions.inTransaction(() -> schedules.claimSending(today)
                && queue(build(today), schedule.recipientList()) > 0);
        if (queued) {
            LOG.info("Morning report of {} queued for {}", today, schedule.recipients());
            dispatchQuietly();
        }
        return queued;
    }

    /** "Send now": the report of today to the recipients, whether or not it went out already. */
    public int sendNow(List<String> recipients) {
        MorningReport report = build(today());
        transactions.run(() -> queue(report, recipients));
        return dispatchQuietly();
    }

    private long queue(MorningReport report, List<String> recipients) {
        WebAddress web = WebAddress.of(settings.load());
        Map<String, Object> model = Map.of("report", report.linkedFrom(web),
                "link", MailLink.to(web, "/reports/morning?date=" + report.date()));
        return outbox.queue(new NewMail(MAIL_KIND, recipients, report.title(),
                templates.render("reports/morning-mail.ftl", model),
                templates.render("reports/morning-mail.ftlh", model)), clock.instant());
    }

    private int dispatchQuietly() {
        try {
            return dispatcher.dispatchPending();
        } catch (RuntimeException e) {
            LOG.warn("The morning report is queued but not sent yet: {}", e.getMessage());
            return 0;
        }
    }
}
