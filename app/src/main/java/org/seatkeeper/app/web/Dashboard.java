package org.seatkeeper.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What the home page shows. Each feature adds its own figures when it is wired (unmapped provider accounts,
 * open mismatches...), so the dashboard grows with the product without knowing every feature.
 */
public final class Dashboard {

    private final List<Supplier<DashboardCard>> cards = new CopyOnWriteArrayList<>();
    private volatile Supplier<List<DashboardJobRow>> recentJobs = List::of;

    public Dashboard addCard(Supplier<DashboardCard> card) {
        cards.add(card);
        return this;
    }

    public Dashboard recentJobs(Supplier<List<DashboardJobRow>> jobs) {
        this.recentJobs = jobs;
        return this;
    }

    public List<DashboardCard> cards() {
        return cards.stream().map(Supplier::get).toList();
    }

    public List<DashboardJobRow> jobs() {
        return recentJobs.get();
    }
}
