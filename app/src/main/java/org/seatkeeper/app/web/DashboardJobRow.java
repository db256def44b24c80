package org.seatkeeper.app.web;

/** A line about one recent job run on the dashboard. */
public record DashboardJobRow(String name, String status, String statusKind, String when, String counts) {
}
