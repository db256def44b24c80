package org.seatkeeper.app.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;

/** Sends one mail over SMTP (Jakarta Mail / Angus): plain text, plus an HTML alternative when there is one. */
public final class SmtpSender {

    public void send(SmtpSettings smtp, String recipients, String subject, String text, String html) throws MessagingException {
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
        if (html == null || html.isBlank()) {
            message.setText(text, "UTF-8");
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            alternatives.addBodyPart(plain);
            alternatives.addBodyPart(rich);
            message.setContent(alternatives);
        }
        message.saveChanges();
        if (authenticate) {
            Transport.send(message, smtp.username(), smtp.password());
        } else {
            Transport.send(message);
        }
    }
}
