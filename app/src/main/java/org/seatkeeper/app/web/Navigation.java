package org.seatkeeper.app.web;

import java.util.ArrayList;
import java.util.List;
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
            "providers", "contracts", "products", "billing-run", "invoices", "mismatches", "reports", "jobs", "notifications", "agreements",
            "outbox", "audit", "users", "settings");

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
        List<NavItem> items = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.adminOnly() || user.isAdmin()) {
                items.add(new NavItem(entry.key(), entry.label(), entry.href(),
                        figures.get("badge:" + entry.key(), () -> entry.badge().getAsInt())));
            }
        }
        items.sort(java.util.Comparator.comparingInt(item -> {
            int position = MENU_ORDER.indexOf(item.key());
            return position < 0 ? MENU_ORDER.size() : position;
        }));
        return items;
    }
}
