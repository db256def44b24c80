package org.seatkeeper.app.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.util.List;
import org.seatkeeper.db.mail.MailAttachment;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one mail over SMTP (Jakarta Mail / Angus): plain text, plus an HTML alternative when there is one, plus the
 * files it carries.
 */
public final class SmtpSender {

    public void send(SmtpSettings smtp, String recipients, String subject, String text, String html) throws MessagingException {
        send(smtp, recipients, subject, text, html, List.of());
    }

    public void send(SmtpSettings smtp, String recipients, String subject, String text, String html,
                     List<MailAttachment> attachments) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        boolean authenticate = smtp.username() != null && !smtp.username().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        if (smtp.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipients));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        if (attachments.isEmpty()) {
            body(message, text, html);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body(body, text, html);
            mixed.addBodyPart(body);
            for (MailAttachment attachment : attachments) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                file.setFileName(attachment.fileName());
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        if (authenticate) {
            Transport.send(message, smtp.username(), smtp.password());
        } else {
            Transport.send(message);
        }
    }

    private static void body(MimePart part, String text, String html) throws MessagingException {
        if (html == null || html.isBlank()) {
            part.setText(text, "UTF-8");
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            alternatives.addBodyPart(plain);
            alternatives.addBodyPart(rich);
            part.setContent(alternatives);
        }
    }
}
