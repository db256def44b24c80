package org.seatkeeper.app.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.users.User;
import org.seatkeeper.db.users.UserRepository;

/** The users page (administrators only). */
final class UsersServlet extends PageServlet {

    private final UserRepository users;
    private final Clock clock;

    public UsersServlet(PageSupport pages, UserRepository users, Clock clock) {
        super(pages);
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        Instant now = clock.instant();
        List<UserRow> rows = users.findAll().stream().map(user -> toRow(user, now)).toList();
        render(request, response, "users/list.ftlh", Map.of("page", Map.of("users", rows)));
    }

    private static UserRow toRow(User user, Instant now) {
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(now);
        String status = !user.enabled() ? "disabled" : locked ? "locked" : "active";
        String kind = !user.enabled() ? "muted" : locked ? "bad" : "ok";
        return new UserRow(user.id(), user.username(), user.displayName(), user.role().name().toLowerCase(), status, kind,
                user.lastLoginAt() == null ? "never" : DisplayTime.of(user.lastLoginAt()));
    }
}
