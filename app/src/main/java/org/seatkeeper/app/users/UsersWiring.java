package org.seatkeeper.app.users;

import org.seatkeeper.app.system.AppContext;
import org.seatkeeper.db.users.UserRepository;

/** Sign-in, first-run setup and user management. */
public final class UsersWiring {

    private UsersWiring() {
    }

    public static UserService register(AppContext app, PasswordHasher hasher) {
        UserRepository users = new UserRepository(app.database().dsl());
        UserService service = new UserService(users, app.audit(), app.database().transactions(), hasher, app.clock());
        app.web().route("/login", new LoginServlet(app.pages(), service))
                .route("/logout", new LogoutServlet(app.pages()))
                .route("/setup", new SetupServlet(app.pages(), service))
                .route("/users", new UsersServlet(app.pages(), users, app.clock()))
                .route("/users/*", new UserFormServlet(app.pages(), service, users))
                .route(OwnPasswordServlet.PATH, new OwnPasswordServlet(app.pages(), service));
        app.navigation().addAdmin("users", "Users", "/users");
        return service;
    }
}
