package org.seatkeeper.app.settings;

import static org.seatkeeper.db.jooq.Tables.RESELLER_SETTINGS;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.MailAddresses;
import org.seatkeeper.app.web.PhoneAndPostalCode;
import org.seatkeeper.db.settings.ResellerSettings;

/** Parses and checks the settings form; every problem is reported by its field. */
final class SettingsForm {


    private SettingsForm() {
    }

    static ResellerSettings parse(FormModel form, ResellerSettings current, String encryptedPassword) {
        require(form, "companyName", "Enter your company name: it appears in mails and invitations.");
        String country = form.value("country").toUpperCase();
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            form.error("country", "Use the two-letter country code, e.g. US or GB.");
        }
        checkEmail(form, "contactEmail");
        checkEmail(form, "smtpFrom");
        Integer port = null;
        if (!form.value("smtpPort").isEmpty()) {
            try {
                port = Integer.parseInt(form.value("smtpPort"));
                if (port < 1 || port > 65535) {
                    form.error("smtpPort", "A port is a number from 1 to 65535.");
                }
            } catch (NumberFormatException e) {
                form.error("smtpPort", "A port is a number from 1 to 65535, e.g. 587.");
            }
        } else if (!form.value("smtpHost").isEmpty()) {
            form.error("smtpPort", "Enter the SMTP port, e.g. 587.");
        }
        String recipients = form.value("notificationRecipients");
        if (!recipients.isEmpty() && Arrays.stream(recipients.split("[,;\\s]+")).filter(r -> !r.isEmpty())
                .anyMatch(r -> !MailAddresses.isValid(r))) {
            form.error("notificationRecipients", "Enter email addresses separated by commas.");
        }
        try {
            ZoneId.of(form.value("timeZone"));
        } catch (DateTimeException e) {
            form.error("timeZone", "Unknown time zone: use a name like Europe/London or America/New_York.");
        }
        NightlyCronRule.refusal(form.value("nightlyCron")).ifPresent(refusal -> form.error("nightlyCron", refusal));
        WebAddressRule.refusal(form.value("webAddress")).ifPresent(refusal -> form.error("webAddress", refusal));
        PhoneAndPostalCode.checkPhone(form, "contactPhone");
        PhoneAndPostalCode.checkPostalCode(form, "postalCode");
        checkWidths(form);
        String recipientList = String.join(", ", Arrays.stream(recipients.split("[,;\\s]+")).filter(r -> !r.isEmpty()).toList());
        FieldLimits.listAtMost(form, "notificationRecipients", recipientList, RESELLER_SETTINGS.NOTIFICATION_RECIPIENTS);
        int version;
        try {
            version = Integer.parseInt(form.value("version"));
        } catch (NumberFormatException e) {
            version = current.version();
        }
        return new ResellerSettings(blankToNull(form.value("companyName")), blankToNull(form.value("addressLine1")),
                blankToNull(form.value("addressLine2")), blankToNull(form.value("city")), blankToNull(form.value("state")),
                blankToNull(form.value("postalCode")), country.isEmpty() ? null : country, blankToNull(form.value("contactName")),
                blankToNull(form.value("contactEmail")), blankToNull(form.value("contactPhone")),
                blankToNull(form.value("smtpHost")), port, blankToNull(form.value("smtpUsername")), encryptedPassword,
                "true".equals(form.value("smtpTls")), blankToNull(form.value("smtpFrom")),
                blankToNull(recipientList),
                form.value("timeZone"), form.value("nightlyCron"),
                form.getErrors().containsKey("webAddress") ? null : WebAddressRule.normalized(form.value("webAddress")),
                version);
    }

    static FormModel toForm(ResellerSettings s) {
        return FormModel.empty().with("companyName", nullToEmpty(s.companyName())).with("addressLine1", nullToEmpty(s.addressLine1()))
                .with("addressLine2", nullToEmpty(s.addressLine2())).with("city", nullToEmpty(s.city()))
                .with("state", nullToEmpty(s.state())).with("postalCode", nullToEmpty(s.postalCode()))
                .with("country", nullToEmpty(s.country())).with("contactName", nullToEmpty(s.contactName()))
                .with("contactEmail", nullToEmpty(s.contactEmail())).with("contactPhone", nullToEmpty(s.contactPhone()))
                .with("smtpHost", nullToEmpty(s.smtpHost())).with("smtpPort", s.smtpPort() == null ? "" : s.smtpPort())
                .with("smtpUsername", nullToEmpty(s.smtpUsername())).with("smtpTls", s.smtpTls())
                .with("smtpFrom", nullToEmpty(s.smtpFrom())).with("notificationRecipients", nullToEmpty(s.notificationRecipients()))
                .with("timeZone", s.timeZone()).with("nightlyCron", s.nightlyCron())
                .with("webAddress", nullToEmpty(s.webAddress())).with("version", s.version());
    }

    /** reseller_settings' widths (the country's two letters are checked above). */
    private static void checkWidths(FormModel form) {
        FieldLimits.atMost(form, "companyName", RESELLER_SETTINGS.COMPANY_NAME);
        FieldLimits.atMost(form, "addressLine1", RESELLER_SETTINGS.ADDRESS_LINE1);
        FieldLimits.atMost(form, "addressLine2", RESELLER_SETTINGS.ADDRESS_LINE2);
        FieldLimits.atMost(form, "city", RESELLER_SETTINGS.CITY);
        FieldLimits.atMost(form, "state", RESELLER_SETTINGS.STATE);
        FieldLimits.atMost(form, "postalCode", RESELLER_SETTINGS.POSTAL_CODE);
        FieldLimits.atMost(form, "contactName", RESELLER_SETTINGS.CONTACT_NAME);
        FieldLimits.atMost(form, "contactEmail", RESELLER_SETTINGS.CONTACT_EMAIL);
        FieldLimits.atMost(form, "contactPhone", RESELLER_SETTINGS.CONTACT_PHONE);
        FieldLimits.atMost(form, "smtpHost", RESELLER_SETTINGS.SMTP_HOST);
        FieldLimits.atMost(form, "smtpUsername", RESELLER_SETTINGS.SMTP_USERNAME);
        FieldLimits.atMost(form, "smtpFrom", RESELLER_SETTINGS.SMTP_FROM);
        FieldLimits.atMost(form, "timeZone", RESELLER_SETTINGS.TIME_ZONE);
        FieldLimits.atMost(form, "nightlyCron", RESELLER_SETTINGS.NIGHTLY_CRON);
        FieldLimits.atMost(form, "webAddress", RESELLER_SETTINGS.WEB_ADDRESS);
    }

    private static void require(FormModel form, String field, String message) {
        if (form.value(field).isEmpty()) {
            form.error(field, message);
        }
    }

    private static void checkEmail(FormModel form, String field) {
        if (!form.value(field).isEmpty() && !MailAddresses.isValid(form.value(field))) {
            form.error(field, "Enter an email address like name@example.com.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
