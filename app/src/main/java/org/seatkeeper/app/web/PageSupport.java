package org.seatkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders a page inside the layout and builds the shell model; shared by every servlet. */
public final class PageSupport {

    private final Templates templates;
    private final Navigation navigation;
    private final Figures figures;
    private final String version;
    private final Assets assets;

    public PageSupport(Templates templates, Navigation navigation, Figures figures, String version, Assets assets) {
        this.figures = figures;
        this.templates = templates;
        this.navigation = navigation;
        this.version = version;
        this.assets = assets;
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        Map<String, Object> full = new HashMap<>(model);
        full.put("shell", shell(request));
        full.putIfAbsent("form", FormModel.empty());
        String html = templates.render(template, full);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Renders a page once for a signed-out visitor and throws the result away: the first real visitor then finds the
     * template parsed and FreeMarker's model introspection done (about 0.1 s on a cold start, paid before the server
     * opens instead of on the first page while the features are being wired on the same cores).
     */
    public void warmUp(String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("shell", new Shell(false, "", "", false, false, "", List.of(), List.of(), version, assets));
        full.putIfAbsent("form", FormModel.empty());
        templates.render(template, full);
    }

    public Shell shell(HttpServletRequest request) {
        var user = WebSession.user(request);
        List<Flash> flashes = WebSession.takeFlashes(request);
        if (user.isEmpty()) {
            return new Shell(false, "", "", false, false, WebSession.csrfToken(request), List.of(), flashes, version, assets);
        }
        SessionUser u = user.get();
        String role = u.role().name().charAt(0) + u.role().name().substring(1).toLowerCase();
        return new Shell(true, u.displayName(), role, u.canWrite(), u.isAdmin(), WebSession.csrfToken(request),
                navigation.itemsFor(u), flashes, version, assets);
    }

    /** A request changed data: figures derived from it (menu badges, tab counts) are recomputed on the next page. */
    public void dataChanged() {
        figures.forget();
    }

    /** Counts pages show on every visit, kept briefly: see {@link Figures}. */
    public Figures figures() {
        return figures;
    }

    public String version() {
        return version;
    }

    /** The one FreeMarker configuration, for what is rendered outside a page (the morning report mail). */
    public Templates templates() {
        return templates;
    }

    public Assets assets() {
        return assets;
    }
}
