package org.seatkeeper.app.reports;

import static org.seatkeeper.db.jooq.Tables.REPORT_SCHEDULE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.MailAddresses;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.mismatch.ReportSchedule;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;

/** /reports/schedule: who gets the morning report, from what time, with which sections (administrators). */
final class ReportScheduleServlet extends PageServlet {

    static final String[] SECTIONS = {"jobs", "unmapped", "mismatches", "invitations", "cancellation", "renewals"};

    private final ReportScheduleRepository schedules;
    private final AuditLog audit;
    private final Transactions transactions;

    ReportScheduleServlet(PageSupport pages, ReportScheduleRepository schedules, AuditLog audit,
                          Transactions transactions) {
        super(pages);
        this.schedules = schedules;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        ReportSchedule s = schedules.load();
        FormModel form = FormModel.empty().with("enabled", s.enabled()).with("recipients", s.recipients())
                .with("sendTime", s.sendTime().toString()).with("jobs", s.jobs()).with("unmapped", s.unmapped())
                .with("mismatches", s.mismatches()).with("invitations", s.invitations())
                .with("cancellation", s.cancellation()).with("renewals", s.renewals())
                .with("version", s.version());
        render(request, response, "reports/schedule.ftlh", Map.of("form", form,
                "lastSent", s.lastSentOn() == null ? "never" : s.lastSentOn().toString()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = requireAdmin(request);
        FormModel form = FormModel.of(request);
        String recipients = form.value("recipients");
        for (String r : recipients.split("[,;\\s]+")) {
            if (!r.isBlank() && !MailAddresses.isValid(r)) {
                form.error("recipients", "\"" + r + "\" is not a mail address.");
            }
        }
        boolean enabled = "true".equals(form.value("enabled"));
        if (enabled && recipients.isBlank()) {
            form.error("recipients", "Enter at least one recipient, or switch the report off.");
        }
        FieldLimits.listAtMost(form, "recipients", recipients, REPORT_SCHEDULE.RECIPIENTS);
        LocalTime time = null;
        try {
            time = LocalTime.parse(form.value("sendTime"));
        } catch (DateTimeParseException e) {
            form.error("sendTime", "Enter the time as 07:00.");
        }
        if (form.hasErrors()) {
            ReportSchedule s = schedules.load();
            renderInvalid(request, response, "reports/schedule.ftlh", Map.of("form", form,
                    "lastSent", s.lastSentOn() == null ? "never" : s.lastSentOn().toString()));
            return;
        }
        ReportSchedule before = schedules.load();
        ReportSchedule after = new ReportSchedule(enabled, recipients, time, on(form, "jobs"), on(form, "unmapped"),
                on(form, "mismatches"), on(form, "invitations"), on(form, "cancellation"), on(form, "renewals"),
                before.lastSentOn(), parseVersion(form.value("version"), before.version()));
        transactions.run(() -> {
            schedules.save(after);
            audit.record(user.username(), AuditAction.UPDATE, AuditEntity.REPORT_SCHEDULE, 1, "Changed the morning report schedule",
                    state(before), state(after));
        });
        redirect(request, response, "/reports/schedule", Flash.success("Report schedule saved."));
    }

    private static boolean on(FormModel form, String name) {
        return "true".equals(form.value(name));
    }

    private static int parseVersion(String value, int fallback) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static AuditState state(ReportSchedule s) {
        return AuditState.of("enabled", s.enabled(), "recipients", s.recipients(), "sendTime", s.sendTime(),
                "jobs", s.jobs(), "unmapped", s.unmapped(), "mismatches", s.mismatches(), "invitations",
                s.invitations(), "cancellation", s.cancellation(), "renewals", s.renewals());
    }
}
