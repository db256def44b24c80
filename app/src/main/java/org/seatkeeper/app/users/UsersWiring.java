package org.seatkeeper.app.users;

import java.time.Clock;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.users.UserRepository;

/** Sign-in, first-run setup and user management. */
public final class UsersWiring {

    private UsersWiring() {
    }

    /** The users and their sessions, built before the web server: its security filter asks them about every request. */
    public static UserService service(Database database, AuditLog audit, PasswordHasher hasher, Clock clock) {
        return new UserService(new UserRepository(database.dsl()), audit, database.transactions(), hasher, clock);
    }

    public static void register(AppContext app, UserService service) {
        UserRepository users = new UserRepository(app.database().dsl());
        app.web().route("/login", new LoginServlet(app.pages(), service))
                .route("/logout", new LogoutServlet(app.pages()))
                .route("/setup", new SetupServlet(app.pages(), service))
                .route("/users", new UsersServlet(app.pages(), users, app.clock()))
                .route("/users/*", new UserFormServlet(app.pages(), service, users))
                .route(OwnPasswordServlet.PATH, new OwnPasswordServlet(app.pages(), service));
        app.navigation().addAdmin("users", "Users", "/users");
    }
}
