package org.seatkeeper.app.mail;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.mail.OutboxMail;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what waits in the outbox. Runs every minute and right after a mail is queued. A mail that fails
 * stays pending and is tried again; after {@link #MAX_ATTEMPTS} it is FAILED until someone presses "retry".
 */
public final class OutboxDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository outbox;
    private final SettingsRepository settings;
    private final SecretBox secrets;
    private final SmtpSender sender;
    private final Transactions transactions;
    private final Clock clock;

    public OutboxDispatcher(OutboxRepository outbox, SettingsRepository settings, SecretBox secrets, SmtpSender sender,
                            Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.secrets = secrets;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends every pending mail; returns how many were sent. Synchronized: never two rounds at once. */
    public synchronized int dispatchPending() {
        Optional<SmtpSettings> smtp = smtpSettings();
        if (smtp.isEmpty()) {
            return 0;
        }
        int sent = 0;
        List<OutboxMail> pending = outbox.pending(100);
        for (OutboxMail mail : pending) {
            try {
                sender.send(smtp.get(), mail.recipients(), mail.subject(), mail.bodyText(), mail.bodyHtml(),
                        outbox.attachments(mail.id()));
                transactions.run(() -> outbox.markSent(mail.id(), clock.instant()));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                String reason = describe(e);
                boolean giveUp = mail.attempts() + 1 >= MAX_ATTEMPTS;
                LOG.warn("Mail {} to {} not sent: {}", mail.id(), mail.recipients(), reason);
                transactions.run(() -> outbox.markAttemptFailed(mail.id(), reason, giveUp, clock.instant()));
            }
        }
        return sent;
    }

    /** Sends one mail now, outside the outbox: the settings page's "send test mail". */
    public void sendNow(String recipient, String subject, String text) throws MessagingException {
        SmtpSettings smtp = smtpSettings().orElseThrow(() -> new MessagingException("SMTP is not configured: enter the server and port first."));
        sender.send(smtp, recipient, subject, text, null);
    }

    private Optional<SmtpSettings> smtpSettings() {
        ResellerSettings s = settings.load();
        if (!s.smtpConfigured()) {
            return Optional.empty();
        }
        String password = s.smtpPasswordEncrypted() == null ? null : secrets.decrypt(s.smtpPasswordEncrypted(), "smtp.password");
        String from = s.smtpFrom() == null || s.smtpFrom().isBlank() ? "seatkeeper@localhost" : s.smtpFrom();
        return Optional.of(new SmtpSettings(s.smtpHost(), s.smtpPort(), s.smtpUsername(), password, s.smtpTls(), from));
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + " (" + root.getMessage() + ")";
    }
}
