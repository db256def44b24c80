package org.seatkeeper.app.web;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jetty's servlet mappings are exact, prefix or suffix only, so "/customers/{id}/edit" cannot be mapped directly.
 * Mounted on a prefix ("/customers/*"), this hands each request to the one servlet whose pattern matches the whole
 * path, keeping one servlet per resource. A path no pattern matches goes to the fallback (the not-found page).
 * Used by every feature with paths like /things/{id}/action.
 */
public final class PathRoutes extends HttpServlet {

    private record Route(Pattern pattern, HttpServlet servlet) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final HttpServlet fallback;

    public PathRoutes(HttpServlet fallback) {
        this.fallback = fallback;
    }

    /** @param regex matched against the whole request path, e.g. {@code /customers/[0-9]+/edit} */
    public PathRoutes add(String regex, HttpServlet servlet) {
        routes.add(new Route(Pattern.compile(regex), servlet));
        return this;
    }

    /** Each pattern (a regular expression over the whole path) and the servlet that answers it, in order. */
    public Map<String, HttpServlet> patterns() {
        Map<String, HttpServlet> patterns = new LinkedHashMap<>();
        routes.forEach(route -> patterns.put(route.pattern().pattern(), route.servlet()));
        return patterns;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        for (Route route : routes) {
            route.servlet().init(config);
        }
        fallback.init(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getRequestURI();
        for (Route route : routes) {
            if (route.pattern().matcher(path).matches()) {
                route.servlet().service(request, response);
                return;
            }
        }
        fallback.service(request, response);
    }
}
