package org.seatkeeper.app.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;

/**
 * Walks the pages a browser reaches from a few starting pages and keeps every POST form it finds, by the route that
 * answers it: each different form of a route (by its id, or else by its fields), at most {@value #FORMS_PER_ROUTE}.
 * Pages are told apart by their route too, so a list of a hundred customers costs three visits, not a hundred.
 */
final class FormCrawler {

    private static final int MAX_PAGES = 300;
    private static final int PAGES_PER_ROUTE = 3;
    private static final int FORMS_PER_ROUTE = 4;

    private final Set<String> postRoutes;
    private final Set<String> getRoutes;
    private final Map<String, List<FoundForm>> forms = new LinkedHashMap<>();

    /**
     * @param postRoutes the routes that answer POST (exact paths, Jetty prefix specs ending in /*, or patterns)
     * @param allRoutes  every route, to tell pages apart
     */
    FormCrawler(Set<String> postRoutes, Set<String> allRoutes) {
        this.postRoutes = postRoutes;
        this.getRoutes = allRoutes;
    }

    /** Walks from {@code starts} with this browser (signed in or not). */
    FormCrawler walk(WebClient browser, URI base, List<String> starts, boolean anonymous) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(starts);
        Set<String> seen = new HashSet<>(starts);
        Map<String, Integer> visitsPerRoute = new HashMap<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < MAX_PAGES) {
            String path = toVisit.poll();
            String pageRoute = String.valueOf(routeOf(pathOnly(path), getRoutes));
            if (visitsPerRoute.merge(pageRoute, 1, Integer::sum) > PAGES_PER_ROUTE) {
                continue;
            }
            visited++;
            if (browser.getPage(base.resolve(path).toString()) instanceof HtmlPage page) {
                add(page, path, anonymous);
                for (HtmlAnchor link : page.getAnchors()) {
                    String href = link.getHrefAttribute();
                    if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/static/")
                            && !href.startsWith("/webjars/") && !pathOnly(href).endsWith(".csv")
                            && !pathOnly(href).endsWith(".json") && !href.equals("/logout") && seen.add(href)) {
                        toVisit.add(href);
                    }
                }
            }
        }
        return this;
    }

    /** Keeps the POST forms of a page; {@code path} is null for a page that was the answer to a POST. */
    void add(HtmlPage page, String path, boolean anonymous) {
        URI pageUri = URI.create(page.getUrl().toString());
        for (HtmlForm form : page.getForms()) {
            if (!"post".equalsIgnoreCase(form.getMethodAttribute())) {
                continue;
            }
            String route = routeOf(pageUri.resolve(form.getActionAttribute()).getRawPath(), postRoutes);
            if (route == null) {
                continue;
            }
            FoundForm found = FoundForm.of(route, form, pageUri, path, anonymous);
            List<FoundForm> ofRoute = forms.computeIfAbsent(route, r -> new ArrayList<>());
            if (ofRoute.size() < FORMS_PER_ROUTE && ofRoute.stream().noneMatch(f -> f.signature().equals(found.signature()))) {
                ofRoute.add(found);
            }
        }
    }

    Map<String, List<FoundForm>> forms() {
        return forms;
    }

    /** The route Jetty and PathRoutes give this path: an exact spec or pattern first, then the longest prefix spec. */
    static String routeOf(String path, Set<String> routes) {
        String prefixMatch = null;
        for (String route : routes) {
            if (route.endsWith("/*")) {
                String prefix = route.substring(0, route.length() - 2);
                if ((path.equals(prefix) || path.startsWith(prefix + "/"))
                        && (prefixMatch == null || prefix.length() > prefixMatch.length() - 2)) {
                    prefixMatch = route;
                }
            } else if (route.equals(path) || path.matches(route)) {
                return route;
            }
        }
        return prefixMatch;
    }

    private static String pathOnly(String href) {
        int query = href.indexOf('?');
        return query < 0 ? href : href.substring(0, query);
    }
}
