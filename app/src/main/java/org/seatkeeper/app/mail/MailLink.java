package org.seatkeeper.app.mail;

import org.seatkeeper.db.settings.WebAddress;

/**
 * A link in a mail to a page of Seatkeeper, as its template shows it: the page's full address when Seatkeeper's web
 * address is set; otherwise no address, and the page's path with a hint where to set one (a bare path is a dead
 * link in a mail client).
 *
 * @param url  the full address, or null when no web address is set
 * @param hint what to do to get a link, or null when there is one
 */
public record MailLink(String path, String url, String hint) {

    public static MailLink to(WebAddress web, String path) {
        String url = web.link(path).orElse(null);
        return new MailLink(path, url, url == null ? WebAddress.HINT : null);
    }
}
