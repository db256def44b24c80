package org.seatkeeper.app.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.notifications.NotificationLine;
import org.seatkeeper.app.web.Dashboard;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.notifications.NotificationRepository;

/**
 * The home page: figures that need attention, open notifications and the most recent job runs (whenever they ran:
 * "last night" is the morning report's, which it links to).
 */
final class DashboardServlet extends PageServlet {

    private final Dashboard dashboard;
    private final NotificationRepository notifications;

    public DashboardServlet(PageSupport pages, Dashboard dashboard, NotificationRepository notifications) {
        super(pages);
        this.dashboard = dashboard;
        this.notifications = notifications;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "dashboard/dashboard.ftlh", Map.of("page", Map.of(
                "cards", dashboard.cards(),
                "notifications", notifications.openGroups(8).stream().map(NotificationLine::of).toList(),
                "jobs", dashboard.jobs())));
    }
}
