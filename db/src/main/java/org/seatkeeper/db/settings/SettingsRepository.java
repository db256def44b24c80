package org.seatkeeper.db.settings;

import static org.seatkeeper.db.jooq.Tables.RESELLER_SETTINGS;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;

/** The single row of reseller settings. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ResellerSettings load() {
        return dsl.selectFrom(RESELLER_SETTINGS).where(RESELLER_SETTINGS.ID.eq(1)).fetchSingle(SettingsRepository::toSettings);
    }

    /** Saves everything; the SMTP password is only replaced when {@code keepSmtpPassword} is false. */
    public void save(ResellerSettings s, boolean keepSmtpPassword) {
        var update = dsl.update(RESELLER_SETTINGS)
                .set(RESELLER_SETTINGS.COMPANY_NAME, s.companyName())
                .set(RESELLER_SETTINGS.ADDRESS_LINE1, s.addressLine1())
                .set(RESELLER_SETTINGS.ADDRESS_LINE2, s.addressLine2())
                .set(RESELLER_SETTINGS.CITY, s.city())
                .set(RESELLER_SETTINGS.STATE, s.state())
                .set(RESELLER_SETTINGS.POSTAL_CODE, s.postalCode())
                .set(RESELLER_SETTINGS.COUNTRY, s.country())
                .set(RESELLER_SETTINGS.CONTACT_NAME, s.contactName())
                .set(RESELLER_SETTINGS.CONTACT_EMAIL, s.contactEmail())
                .set(RESELLER_SETTINGS.CONTACT_PHONE, s.contactPhone())
                .set(RESELLER_SETTINGS.SMTP_HOST, s.smtpHost())
                .set(RESELLER_SETTINGS.SMTP_PORT, s.smtpPort())
                .set(RESELLER_SETTINGS.SMTP_USERNAME, s.smtpUsername())
                .set(RESELLER_SETTINGS.SMTP_TLS, s.smtpTls())
                .set(RESELLER_SETTINGS.SMTP_FROM, s.smtpFrom())
                .set(RESELLER_SETTINGS.NOTIFICATION_RECIPIENTS, s.notificationRecipients())
                .set(RESELLER_SETTINGS.TIME_ZONE, s.timeZone())
                .set(RESELLER_SETTINGS.NIGHTLY_CRON, s.nightlyCron())
                .set(RESELLER_SETTINGS.WEB_ADDRESS, s.webAddress())
                .set(RESELLER_SETTINGS.VERSION, RESELLER_SETTINGS.VERSION.plus(1));
        if (!keepSmtpPassword) {
            update = update.set(RESELLER_SETTINGS.SMTP_PASSWORD_ENCRYPTED, s.smtpPasswordEncrypted());
        }
        int rows = update.where(RESELLER_SETTINGS.ID.eq(1)).and(RESELLER_SETTINGS.VERSION.eq(s.version())).execute();
        if (rows == 0) {
            throw new OptimisticLockException("The settings");
        }
    }

    private static ResellerSettings toSettings(Record r) {
        return new ResellerSettings(r.get(RESELLER_SETTINGS.COMPANY_NAME), r.get(RESELLER_SETTINGS.ADDRESS_LINE1),
                r.get(RESELLER_SETTINGS.ADDRESS_LINE2), r.get(RESELLER_SETTINGS.CITY), r.get(RESELLER_SETTINGS.STATE),
                r.get(RESELLER_SETTINGS.POSTAL_CODE), r.get(RESELLER_SETTINGS.COUNTRY),
                r.get(RESELLER_SETTINGS.CONTACT_NAME), r.get(RESELLER_SETTINGS.CONTACT_EMAIL),
                r.get(RESELLER_SETTINGS.CONTACT_PHONE), r.get(RESELLER_SETTINGS.SMTP_HOST),
                r.get(RESELLER_SETTINGS.SMTP_PORT), r.get(RESELLER_SETTINGS.SMTP_USERNAME),
                r.get(RESELLER_SETTINGS.SMTP_PASSWORD_ENCRYPTED), r.get(RESELLER_SETTINGS.SMTP_TLS),
                r.get(RESELLER_SETTINGS.SMTP_FROM), r.get(RESELLER_SETTINGS.NOTIFICATION_RECIPIENTS),
                r.get(RESELLER_SETTINGS.TIME_ZONE), r.get(RESELLER_SETTINGS.NIGHTLY_CRON),
                r.get(RESELLER_SETTINGS.WEB_ADDRESS), r.get(RESELLER_SETTINGS.VERSION));
    }
}
