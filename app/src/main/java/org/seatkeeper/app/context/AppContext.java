package org.seatkeeper.app.context;

import java.time.Clock;
import org.seatkeeper.app.mail.OutboxDispatcher;
import org.seatkeeper.app.web.Dashboard;
import org.seatkeeper.app.web.Navigation;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.WebServer;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.secrets.SecretBox;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The shared infrastructure each feature's wiring receives: one clock, one database, one key, one audit log,
 * the page renderer, the menu, the dashboard, the web server and the scheduler.
 */
public record AppContext(Clock clock, Database database, SecretBox secrets, AuditLog audit, PageSupport pages,
                         Navigation navigation, Dashboard dashboard, WebServer web, ThreadPoolTaskScheduler scheduler,
                         OutboxDispatcher mail, StartOptions options) {
}
