package org.seatkeeper.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * The main navigation: each feature registers its area when it is wired, so the menu never links to a page
 * that does not exist. A badge supplier counts what needs attention (e.g. unmapped provider accounts).
 *
 * <p>Badge counts are queries, and the menu is on every page: they are kept as {@link Figures}.
 */
public final class Navigation {

    /**
     * The menu in the order of the work: onboarding and customers, the provider side, billing, the morning's
     * reports, then the system pages. Features register in wiring order; areas not listed here come last.
     */
    private static final List<String> MENU_ORDER = List.of("dashboard", "onboarding", "customers", "provider-accounts",
            "contracts", "licenses", "billing", "mismatches", "reports", "jobs", "notifications", "admin");

    /**
     * Areas opened from a group of the menu instead of a place of their own in the row, so that the row fits a
     * 1280 px screen: billing's pages, and the set-up and system pages under "Admin". In the order shown.
     */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "billing", List.of("billing-run", "invoices", "renewals", "products"),
            "admin", List.of("providers", "agreements", "psa", "outbox", "audit", "users", "settings", "demo-mail"));
    private static final Map<String, String> GROUP_LABELS = Map.of("billing", "Billing", "admin", "Admin");
    /** The menu's shorter words for areas whose page title is long, so that the row fits (the pages keep theirs). */
    private static final Map<String, String> SHORT_LABELS = Map.of("mismatches", "Mismatches", "reports", "Report");

    private final Figures figures;

    public Navigation(Figures figures) {
        this.figures = figures;
    }

    private record Entry(String key, String label, String href, IntSupplier badge, boolean adminOnly) {
    }

    // written while the features are wired, which happens after the web server has started
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    public Navigation add(String key, String label, String href) {
        entries.add(new Entry(key, label, href, () -> 0, false));
        return this;
    }

    public Navigation add(String key, String label, String href, IntSupplier badge) {
        entries.add(new Entry(key, label, href, badge, false));
        return this;
    }

    public Navigation addAdmin(String key, String label, String href) {
        entries.add(new Entry(key, label, href, () -> 0, true));
        return this;
    }

    public List<NavItem> itemsFor(SessionUser user) {
        Map<String, NavItem> visible = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!entry.adminOnly() || user.isAdmin()) {
                visible.put(entry.key(), new NavItem(entry.key(), SHORT_LABELS.getOrDefault(entry.key(), entry.label()), entry.href(),
                        figures.get("badge:" + entry.key(), () -> entry.badge().getAsInt())));
            }
        }
        List<NavItem> items = new ArrayList<>();
        for (NavItem item : visible.values()) {
            if (GROUPS.values().stream().noneMatch(members -> members.contains(item.key()))) {
                items.add(item);
            }
        }
        GROUPS.forEach((group, members) -> {
            List<NavItem> children = members.stream().map(visible::get).filter(java.util.Objects::nonNull).toList();
            if (!children.isEmpty()) {
                items.add(new NavItem(group, GROUP_LABELS.get(group), children.get(0).href(),
                        children.stream().mapToInt(NavItem::badge).sum(), children));
            }
        });
        items.sort(java.util.Comparator.comparingInt(item -> {
            int position = MENU_ORDER.indexOf(item.key());
            return position < 0 ? MENU_ORDER.size() : position;
        }));
        return items;
    }
}
