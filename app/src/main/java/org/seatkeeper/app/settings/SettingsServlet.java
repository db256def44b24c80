package org.seatkeeper.app.settings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;

/** The settings page (administrators): company, SMTP, notification recipients, time zone, schedule and web address. */
final class SettingsServlet extends PageServlet {

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
        requireAdmin(request);
        ResellerSettings current = settings.load();
        FormModel form = SettingsForm.toForm(current);
        render(request, response, "settings/settings.ftlh", Map.of("form", form, "page", page(current, form, request)));
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
            renderInvalid(request, response, "settings/settings.ftlh", Map.of("form", form, "page", page(current, form, request)));
            return;
        }
        transactions.run(() -> {
            settings.save(updated, keepPassword);
            audit.record(user.username(), AuditAction.UPDATE, AuditEntity.SETTINGS, 1, "Settings saved" + (keepPassword ? "" : " (SMTP password changed)"),
                    describe(current), describe(updated));
        });
        onScheduleChange.run();
        redirect(request, response, "/settings", Flash.success("Settings saved."));
    }

    /**
     * While no web address is typed, the address this browser reached Seatkeeper at is shown as the field's
     * placeholder and offered with a button that fills it in; it is saved only when the administrator saves it.
     */
    private static Map<String, Object> page(ResellerSettings current, FormModel form, HttpServletRequest request) {
        String help = current.smtpPasswordEncrypted() == null ? "" : "A password is stored. Leave empty to keep it.";
        String suggestion = form.value("webAddress").isEmpty() ? RequestAddress.of(request).orElse("") : "";
        return Map.of("smtpPasswordHelp", help,
                "testRecipient", current.contactEmail() == null ? "" : current.contactEmail(),
                "suggestedWebAddress", suggestion,
                "webAddressPlaceholder", suggestion.isEmpty() ? "https://seatkeeper.example.com" : suggestion);
    }

    /**
     * The audit keeps every setting as a JSON object, so the audit page shows just the ones a save changed
     * ("nightlyCron: 0 0 2 * * * → 0 30 1 * * *"); never the SMTP password.
     */
    private static AuditState describe(ResellerSettings s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("companyName", s.companyName());
        state.put("addressLine1", s.addressLine1());
        state.put("addressLine2", s.addressLine2());
        state.put("city", s.city());
        state.put("state", s.state());
        state.put("postalCode", s.postalCode());
        state.put("country", s.country());
        state.put("contactName", s.contactName());
        state.put("contactEmail", s.contactEmail());
        state.put("contactPhone", s.contactPhone());
        state.put("smtpHost", s.smtpHost());
        state.put("smtpPort", s.smtpPort());
        state.put("smtpUsername", s.smtpUsername());
        state.put("smtpTls", s.smtpTls());
        state.put("smtpFrom", s.smtpFrom());
        state.put("notificationRecipients", s.notificationRecipients());
        state.put("timeZone", s.timeZone());
        state.put("nightlyCron", s.nightlyCron());
        state.put("webAddress", s.webAddress());
        return AuditState.of(state);
    }
}
