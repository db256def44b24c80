package org.seatkeeper.app.web;

/** One entry of the main navigation; badge is a count that needs attention (0 shows nothing). */
public record NavItem(String key, String label, String href, int badge) {
}
