package org.seatkeeper.app.system;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.context.Version;
import org.seatkeeper.app.web.Assets;
import org.seatkeeper.app.web.Figures;
import org.seatkeeper.app.web.Navigation;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SecurityFilter;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.app.web.Templates;
import org.seatkeeper.app.web.WebServer;

/**
 * What the web side needs before any feature is wired and before the database is open: templates (with the login
 * page rendered once, so its first request is quick), the layout's navigation and figures, and the Jetty server with
 * the security filter.
 */
record WebShell(Templates templates, Navigation navigation, PageSupport pages, WebServer web) {

    static WebShell build(StartOptions options, AppConfig config, BooleanSupplier setupDone,
                          Predicate<SessionUser> sessionStillValid) {
        Figures figures = new Figures();
        Navigation navigation = new Navigation(figures);
        Templates templates = new Templates();
        PageSupport pages = new PageSupport(templates, navigation, figures, Version.current(), new Assets(Version.build()));
        pages.warmUp("users/login.ftlh", Map.of("next", "/"));
        SecurityFilter security = new SecurityFilter(pages, setupDone, sessionStillValid);
        WebServer web = new WebServer(options.host() != null ? options.host() : config.host(),
                options.port() != null ? options.port() : config.port(),
                options.trustProxy() != null ? options.trustProxy() : config.trustProxy(), security);
        return new WebShell(templates, navigation, pages, web);
    }
}
