package org.seatkeeper.app.demo;

import java.net.URI;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * The demo reseller's own details (so an invitation reads "Seatkeeper Demo MSP", not "your Microsoft partner"), mail
 * through the demo's local SMTP server, and links in mails to this Seatkeeper. Details a person typed are kept; the
 * SMTP server and web address are re-pointed while they still point at loopback (both get a new port each run).
 */
final class DemoSettings {

    static final String COMPANY = "Seatkeeper Demo MSP";
    static final String NOTIFIED = "owner@demo-msp.example";

    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;

    DemoSettings(SettingsRepository settings, AuditLog audit, Transactions transactions) {
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    void pointAt(int smtpPort, URI seatkeeper) {
        transactions.run(() -> {
            ResellerSettings s = settings.load();
            boolean company = blank(s.companyName());
            boolean smtp = !s.smtpConfigured() || loopback(s.smtpHost());
            // a stopped web server has no port (Seatkeeper stopping while the demo starts): the address is left as it is
            boolean web = seatkeeper.getPort() > 0 && (blank(s.webAddress()) || loopback(URI.create(s.webAddress()).getHost()));
            if (!company && !smtp && !web) {
                return;
            }
            ResellerSettings updated = new ResellerSettings(
                    company ? COMPANY : s.companyName(),
                    company ? "12 Harbour Street" : s.addressLine1(), company ? "Suite 4" : s.addressLine2(),
                    company ? "Portland" : s.city(), company ? "OR" : s.state(), company ? "97204" : s.postalCode(),
                    company ? "US" : s.country(), company ? "Dana Reyes" : s.contactName(),
                    company ? "support@demo-msp.example" : s.contactEmail(), company ? "+1 503 555 0142" : s.contactPhone(),
                    smtp ? "127.0.0.1" : s.smtpHost(), smtp ? smtpPort : s.smtpPort(), smtp ? null : s.smtpUsername(),
                    smtp ? null : s.smtpPasswordEncrypted(), !smtp && s.smtpTls(),
                    smtp ? COMPANY + " <billing@demo-msp.example>" : s.smtpFrom(),
                    blank(s.notificationRecipients()) ? NOTIFIED : s.notificationRecipients(), s.timeZone(), s.nightlyCron(),
                    web ? seatkeeper.toString() : s.webAddress(), s.version());
            settings.save(updated, !smtp);
            audit.record("system", AuditAction.UPDATE, AuditEntity.SETTINGS, 1, "Demo settings:"
                    + (company ? " company details filled in," : "") + (smtp ? " mail sent to the demo's SMTP server on port " + smtpPort + "," : "")
                    + (web ? " links in mails to " + seatkeeper : ""));
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean loopback(String host) {
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1"));
    }
}
