package org.seatkeeper.app.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.settings.NightlyCronRule;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.backup.BackupSchedule;
import org.seatkeeper.db.backup.BackupScheduleRepository;

/** /settings/backups (administrators): the backups written so far and the nightly backup's schedule and retention. */
final class BackupsServlet extends PageServlet {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Backups backups;
    private final NightlyBackup nightly;
    private final BackupScheduleRepository schedules;
    private final AuditLog audit;
    private final Transactions transactions;

    BackupsServlet(PageSupport pages, Backups backups, NightlyBackup nightly, BackupScheduleRepository schedules,
                   AuditLog audit, Transactions transactions) {
        super(pages);
        this.backups = backups;
        this.nightly = nightly;
        this.schedules = schedules;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        BackupSchedule s = schedules.load();
        FormModel form = FormModel.empty().with("enabled", s.enabled()).with("cron", s.cron())
                .with("keepCount", String.valueOf(s.keepCount())).with("version", s.version());
        render(request, response, "backups/backups.ftlh", Map.of("form", form, "page", page()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        FormModel form = FormModel.of(request);
        boolean enabled = "true".equals(form.value("enabled"));
        String cron = form.value("cron").trim();
        NightlyCronRule.refusal(cron).ifPresent(message -> form.error("cron", message.replace("nightly run", "nightly backup")));
        int keep = 0;
        try {
            keep = Integer.parseInt(form.value("keepCount").trim());
            if (keep < 1 || keep > 365) {
                form.error("keepCount", "Keep between 1 and 365 nightly backups.");
            }
        } catch (NumberFormatException e) {
            form.error("keepCount", "Enter how many nightly backups to keep, e.g. 7.");
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, "backups/backups.ftlh", Map.of("form", form, "page", page()));
            return;
        }
        BackupSchedule before = schedules.load();
        BackupSchedule after = new BackupSchedule(enabled, cron, keep, version(form.value("version"), before.version()));
        transactions.run(() -> {
            schedules.save(after);
            audit.record(user.username(), AuditAction.UPDATE, AuditEntity.BACKUP_SCHEDULE, 1, "Nightly backup " + (enabled ? "on" : "off"),
                    describe(before), describe(after));
        });
        nightly.reschedule();
        redirect(request, response, "/settings/backups", Flash.success("Nightly backup " + (enabled ? "on: " + cron + ", keeping the last " + keep + "." : "off.")));
    }

    private Map<String, Object> page() {
        List<Map<String, Object>> rows = backups.list().stream().map(row -> Map.<String, Object>of(
                "name", row.name(), "path", row.path(), "made", MADE.format(row.made()), "size", row.size(),
                "key", row.holdsKey() ? "included" : "not included")).toList();
        return Map.of("rows", rows, "folder", backups.defaultFolder().toString(), "schedule", nightly.description(),
                "lastOutcome", nightly.lastOutcome());
    }

    private static AuditState describe(BackupSchedule s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("enabled", s.enabled());
        state.put("cron", s.cron());
        state.put("keepCount", s.keepCount());
        return AuditState.of(state);
    }

    private static int version(String value, int fallback) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
