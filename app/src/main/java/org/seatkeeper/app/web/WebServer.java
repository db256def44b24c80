package org.seatkeeper.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.app.web.SecurityFilter;

/** Embedded Jetty 12 with one servlet context; servlets are registered in code as instances with their collaborators. */
public final class WebServer {

    static {
        // Jetty pads its concurrent structures to the references per cache line. Without this property it asks the
        // platform MBean server whether oops are compressed, which starts JMX (about 60 ms and 150 classes of a
        // three-second start). Below 32 GB of heap the JVM compresses them: 16 four-byte references in 64 bytes.
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            boolean compressedOops = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", compressedOops ? "16" : "8");
        }
    }

    private final Server server;
    private final ServletContextHandler context;
    private final StartupGate gate = new StartupGate();
    // routes are added while the server already answers the sign-in pages (see openEveryPage)
    private final Map<String, HttpServlet> routes = Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * @param trustProxy read the client's address, host and scheme from a reverse proxy's {@code Forwarded} and
     *                   {@code X-Forwarded-*} headers (Jetty's ForwardedRequestCustomizer): then a request the proxy
     *                   received over TLS is secure here, so the session cookie is marked Secure and HSTS is sent.
     *                   Off unless configured, since a client that reaches Jetty directly could forge them.
     */
    public WebServer(String host, int port, boolean trustProxy, SecurityFilter securityFilter) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 8);
        threads.setName("web");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        if (trustProxy) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSessionCookie("SEATKEEPER_SESSION");
        sessions.setMaxInactiveInterval(8 * 60 * 60);
        context.addFilter(new FilterHolder(gate), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(securityFilter), "/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.setStopAtShutdown(false);
    }

    public WebServer route(String pathSpec, HttpServlet servlet) {
        context.addServlet(new ServletHolder(servlet), pathSpec);
        routes.put(pathSpec, servlet);
        return this;
    }

    /**
     * Files under a classpath directory, served by Jetty's {@link ResourceServlet} at {@code prefix*} (a prefix ending
     * in "/"): with an ETag, answering 304 Not Modified to a request that already has the file, and ranges.
     */
    public WebServer files(String prefix, URI directory, String cacheControl) {
        ResourceServlet files = new ResourceServlet();
        ServletHolder holder = new ServletHolder(files);
        holder.setInitParameter("baseResource", directory.toString());
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        holder.setInitParameter("etags", "true");
        holder.setInitParameter("cacheControl", cacheControl);
        context.addServlet(holder, prefix + "*");
        routes.put(prefix + "*", files);
        return this;
    }

    /**
     * Every route and the servlet that answers it: Jetty's path specs, and in place of a {@link PathRoutes} its own
     * patterns (regular expressions over the whole path), those of a PathRoutes within one too (a customer's Licenses
     * tab is the usage feature's, mounted among the customer's paths). What a test walks to reach every page and form.
     */
    public Map<String, HttpServlet> routes() {
        Map<String, HttpServlet> all = new LinkedHashMap<>();
        Map<String, HttpServlet> registered;
        synchronized (routes) {
            registered = new LinkedHashMap<>(routes);
        }
        registered.forEach((spec, servlet) -> addRoute(all, spec, servlet));
        return all;
    }

    private static void addRoute(Map<String, HttpServlet> all, String spec, HttpServlet servlet) {
        if (servlet instanceof PathRoutes patterns) {
            patterns.patterns().forEach((pattern, inner) -> addRoute(all, pattern, inner));
        } else {
            all.put(spec, servlet);
        }
    }

    /** Completes when the first request has been answered. */
    public CompletableFuture<Void> firstResponse() {
        return gate.firstResponse();
    }

    /**
     * Until this is called, only the sign-in pages, health and static files are served (others answer 503 and reload
     * themselves): the server starts before the feature areas are wired. Routes may be added after start.
     */
    public void openEveryPage() {
        gate.open();
    }

    public void start() throws Exception {
        server.start();
    }

    public URI uri() {
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort());
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping on the way out: nothing useful to do with the failure
        }
    }
}
