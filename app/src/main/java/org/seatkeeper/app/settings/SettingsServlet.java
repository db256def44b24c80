package org.seatkeeper.app.settings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;

/** The settings page (administrators): company, SMTP, notification recipients, time zone and schedule. */
public final class SettingsServlet extends PageServlet {

    private final SettingsRepository settings;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Runnable onScheduleChange;

    public SettingsServlet(PageSupport pages, SettingsRepository settings, SecretBox secrets, AuditLog audit,
                           Transactions transactions, Runnable onScheduleChange) {
        super(pages);
        this.settings = settings;
        this.secrets = secrets;
        this.audit = audit;
        this.transactions = transactions;
        this.onScheduleChange = onScheduleChange;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        ResellerSettings current = settings.load();
        render(request, response, "settings/settings.ftlh", Map.of("form", SettingsForm.toForm(current), "page", page(current, user)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        ResellerSettings current = settings.load();
        FormModel form = FormModel.of(request);
        String newPassword = request.getParameter("smtpPassword");
        boolean keepPassword = newPassword == null || newPassword.isEmpty();
        String encrypted = keepPassword ? current.smtpPasswordEncrypted() : secrets.encrypt(newPassword, "smtp.password");
        ResellerSettings updated = SettingsForm.parse(form, current, encrypted);
        if (form.hasErrors()) {
            renderInvalid(request, response, "settings/settings.ftlh", Map.of("form", form, "page", page(current, user)));
            return;
        }
        transactions.run(() -> {
            settings.save(updated, keepPassword);
            audit.record(user.username(), "UPDATE", "settings", 1, "Settings saved" + (keepPassword ? "" : " (SMTP password changed)"),
                    describe(current), describe(updated));
        });
        onScheduleChange.run();
        redirect(request, response, "/settings", Flash.success("Settings saved."));
    }

    private static Map<String, Object> page(ResellerSettings current, SessionUser user) {
        String help = current.smtpPasswordEncrypted() == null ? "" : "A password is stored. Leave empty to keep it.";
        return Map.of("smtpPasswordHelp", help,
                "testRecipient", current.contactEmail() == null ? "" : current.contactEmail());
    }

    /** The audit keeps what changed, never the SMTP password. */
    private static String describe(ResellerSettings s) {
        return "company=" + s.companyName() + ", contact=" + s.contactName() + " <" + s.contactEmail() + ">, smtp=" + s.smtpHost()
                + ":" + s.smtpPort() + ", user=" + s.smtpUsername() + ", tls=" + s.smtpTls() + ", from=" + s.smtpFrom()
                + ", recipients=" + s.notificationRecipients() + ", timeZone=" + s.timeZone() + ", nightly=" + s.nightlyCron();
    }
}
