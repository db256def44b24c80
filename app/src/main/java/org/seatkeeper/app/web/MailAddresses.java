package org.seatkeeper.app.web;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether a typed text is one plain mail address Seatkeeper can send to: the one check of every form that takes one. */
public final class MailAddresses {

    private MailAddresses() {
    }

    /**
     * True for {@code ann@contoso.com}: an address Jakarta Mail reads strictly and validates, nothing around it (no
     * display name as in {@code Ann <ann@contoso.com>}, no spaces) and a domain with a dot between two names.
     *
     * <p>Why not a pattern: the forms' loose one ({@code x@y.z} with anything but spaces) took {@code <script>@x.com}
     * and {@code a(b@x.com}, which the mail server then refuses at night, when the report or a notification is sent.
     * Why not all of what Jakarta Mail takes: a quoted local part ({@code "a b"@x.com}, {@code "a@b"@x.com}) is valid
     * mail but no one's address at a customer, and the contact record refuses spaces and a second @ (the form took it
     * and answered 500).
     */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.indexOf('"') >= 0 || text.indexOf('@') != text.lastIndexOf('@')
                || text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            if (address.getPersonal() != null || !text.equals(address.getAddress())) {
                return false;
            }
        } catch (AddressException e) {
            return false;
        }
        String domain = text.substring(text.lastIndexOf('@') + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }
}
