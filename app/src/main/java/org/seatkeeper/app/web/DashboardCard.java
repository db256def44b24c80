package org.seatkeeper.app.web;

/** One figure on the dashboard; alert makes it stand out (something needs doing). */
public record DashboardCard(String label, String value, String hint, String href, boolean alert) {
}
