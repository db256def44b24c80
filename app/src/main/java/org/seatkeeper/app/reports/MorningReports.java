package org.seatkeeper.app.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.seatkeeper.app.mail.MailLink;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.mismatch.ReportSchedule;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.settings.WebAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The morning report use cases: build it for a date, send it once a day to the configured recipients once the night
 * has ended (completed, or stopped at a failed step: the report then says what failed and what it could not check), or
 * two hours past the send time whatever the night does; once more, complete, when a night that did not finish is
 * restarted to its end that day; and "send now" to test.
 */
public final class MorningReports {

    static final String MAIL_KIND = "MORNING_REPORT";
    private static final Logger LOG = LoggerFactory.getLogger(MorningReports.class);

    private final MorningReportBuilder builder;
    private final ReportScheduleRepository schedules;
    private final SettingsRepository settings;
    private final OutboxRepository outbox;
    private final OutboxDispatcher dispatcher;
    private final Templates templates;
    private final Transactions transactions;
    private final Clock clock;

    MorningReports(MorningReportBuilder builder, ReportScheduleRepository schedules, SettingsRepository settings,
                   OutboxRepository outbox, OutboxDispatcher dispatcher, Templates templates, Transactions transactions,
                   Clock clock) {
        this.builder = builder;
        this.schedules = schedules;
        this.settings = settings;
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

    private final java.util.concurrent.atomic.AtomicBoolean sendingByHand = new java.util.concurrent.atomic.AtomicBoolean();

    LocalDate today() {
        return MorningReportBuilder.today(clock, zone());
    }

    public MorningReport build(LocalDate date) {
        return builder.build(date, schedules.load(), zone(), settings.load().nightlyCron());
    }

    /** The page's "all" view: every line of every section. */
    public MorningReport buildWithEveryLine(LocalDate date) {
        return builder.build(date, schedules.load(), zone(), settings.load().nightlyCron(), true);
    }

    /**
     * Called every few minutes and at the end of every night's chain: sends the day's report once its time has come
     * and the night has ended, and at most once more that day (complete, after a restart finished the night).
     */
    public boolean sendIfDue() {
        ReportSchedule schedule = schedules.load();
        ZoneId zone = zone();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        if (!schedule.enabled() || schedule.recipientList().isEmpty() || now.toLocalTime().isBefore(schedule.sendTime())) {
            return false;
        }
        NightOutcome night = builder.night(today, schedule, zone, settings.load().nightlyCron());
        if (schedule.lastSentOn() != null && !schedule.lastSentOn().isBefore(today)) {
            // sent today, saying the night did not finish: once a restart has finished it, the complete report follows
            return night.complete() && send(today, schedule, () -> schedules.claimCompletedResend(today));
        }
        if (!night.over() && now.toLocalTime().isBefore(schedule.sendTime().plusHours(2))) {
            return false; // wait for the night a little longer
        }
        return send(today, schedule, () -> schedules.claimSending(today, !night.failed().isEmpty()));
    }

    /** {@link #sendIfDue} for the timer and the nightly chain: a failure is logged, not thrown. */
    public void sendIfDueQuietly() {
        try {
            sendIfDue();
        } catch (RuntimeException e) {
            LOG.warn("Morning report not sent: {}", e.getMessage(), e);
        }
    }

    private boolean send(LocalDate today, ReportSchedule schedule, BooleanSupplier claim) {
        boolean queued = transactions.inTransaction(() -> claim.getAsBoolean()
                && queue(build(today), schedule.recipientList()) > 0);
        if (queued) {
            LOG.info("Morning report of {} queued for {}", today, schedule.recipients());
            dispatchQuietly();
        }
        return queued;
    }

    /**
     * The jobs page's "Send the morning report now": today's report to the schedule's recipients, one sending at a
     * time; returns what the page says.
     */
    public String sendNowByHand(String username) {
        List<String> recipients = schedules.load().recipientList();
        if (recipients.isEmpty()) {
            throw new org.seatkeeper.batch.jobs.JobRefusedException("The morning report has no recipients yet: save at"
                    + " least one on its schedule page (/reports/schedule) first.");
        }
        if (!sendingByHand.compareAndSet(false, true)) {
            throw new org.seatkeeper.batch.jobs.JobRefusedException("The morning report is being sent already.");
        }
        try {
            LOG.info("Morning report sent by hand by {}", username);
            return sendNow(recipients) > 0 ? "Morning report sent to " + String.join(", ", recipients) + "."
                    : "The morning report is queued in the outbox; it goes out once mail is set up.";
        } finally {
            sendingByHand.set(false);
        }
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
