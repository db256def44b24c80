package org.seatkeeper.app.web;

import java.util.List;

/**
 * One entry of the main navigation; badge is a count that needs attention (0 shows nothing). A group (the admin
 * pages, billing) has no address of its own: its entries open under it, so the menu fits one row on a laptop.
 */
public record NavItem(String key, String label, String href, int badge, List<NavItem> children) {

    public NavItem(String key, String label, String href, int badge) {
        this(key, label, href, badge, List.of());
    }

    public boolean group() {
        return !children.isEmpty();
    }

    /** Whether this entry, or one in its group, is the page shown. */
    public boolean contains(String activeKey) {
        return key.equals(activeKey) || children.stream().anyMatch(child -> child.key().equals(activeKey));
    }
}
