package org.seatkeeper.db.settings;

/**
 * The reseller's own details (used in mails and invitations), SMTP, who gets notifications, time zone, the nightly schedule
 * and Seatkeeper's web address (null when not set; stored without a trailing slash, see {@link WebAddress}).
 * {@code smtpPasswordEncrypted} is ciphertext; only the mail sender decrypts it.
 */
public record ResellerSettings(String companyName, String addressLine1, String addressLine2, String city, String state,
                               String postalCode, String country, String contactName, String contactEmail,
                               String contactPhone, String smtpHost, Integer smtpPort, String smtpUsername,
                               String smtpPasswordEncrypted, boolean smtpTls, String smtpFrom,
                               String notificationRecipients, String timeZone, String nightlyCron, String webAddress,
                               int version) {

    public boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank() && smtpPort != null;
    }
}
