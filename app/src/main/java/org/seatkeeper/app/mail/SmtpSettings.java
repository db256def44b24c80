package org.seatkeeper.app.mail;

/** SMTP settings with the password already decrypted; lives only for one sending round and is never logged. */
public record SmtpSettings(String host, int port, String username, String password, boolean startTls, String from) {
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user=" + username + ", tls=" + startTls + "]";
    }
}
