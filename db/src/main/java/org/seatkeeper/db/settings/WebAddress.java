package org.seatkeeper.db.settings;

import java.util.Optional;

/**
 * Seatkeeper's web address as set in Settings ({@code https://seatkeeper.example.com}, no trailing slash), or none.
 * Mails are read in a mail client, where a bare path like {@code /reports/morning} leads nowhere: they link to this
 * address plus the page's path. A background job cannot know the address people use, so without one a mail shows
 * the path as text with {@link #HINT}.
 *
 * @param base the stored address, or null when it is not set
 */
public record WebAddress(String base) {

    public static final String HINT = "Set Seatkeeper's web address in Settings to get a link here.";

    public WebAddress {
        base = base == null || base.isBlank() ? null : base.strip();
    }

    public static WebAddress of(ResellerSettings settings) {
        return new WebAddress(settings.webAddress());
    }

    public boolean isSet() {
        return base != null;
    }

    /** The full address of a page of Seatkeeper ({@code path} starts with a slash), or empty when none is set. */
    public Optional<String> link(String path) {
        if (base == null || path == null) {
            return Optional.empty();
        }
        return Optional.of(base + (path.startsWith("/") ? path : "/" + path));
    }
}
