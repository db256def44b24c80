package org.seatkeeper.app.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves static files from the jar: our own under /static/ and WebJars under /webjars/{name}/{path}.
 * The WebJar's version is read from its Maven metadata, so templates do not hard-code versions.
 */
public final class ClasspathResourceServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "map", "application/json", "woff2", "font/woff2");

    private final Map<String, String> webJarVersions = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.contains("..")) {
            response.sendError(404);
            return;
        }
        String resource = resourceFor(path);
        InputStream in = resource == null ? null : getClass().getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            response.sendError(404);
            return;
        }
        try (in) {
            String extension = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }

    private String resourceFor(String path) {
        if (path.startsWith("/static/")) {
            return "static/" + path.substring("/static/".length());
        }
        if (path.startsWith("/webjars/")) {
            String rest = path.substring("/webjars/".length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                return null;
            }
            String name = rest.substring(0, slash);
            String version = webJarVersions.computeIfAbsent(name, this::webJarVersion);
            return version.isEmpty() ? null : "META-INF/resources/webjars/" + name + "/" + version + rest.substring(slash);
        }
        return null;
    }

    private String webJarVersion(String name) {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
