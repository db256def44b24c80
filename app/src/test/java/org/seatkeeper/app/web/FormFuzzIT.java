package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.users.Role;

/**
 * Every form Seatkeeper serves, found from its routes, sent hostile values field by field with a valid session and
 * CSRF token: never a 500, nothing stored when the form refused, and no phone number or postal code taken with letters
 * or invisible characters in it.
 *
 * <p>The POST routes come from the server's own routing (every servlet that answers POST). Their forms are found by
 * walking the pages from the dashboard; a route no page links a form to is still posted, with its path's ids and no
 * fields. {@code -Dseatkeeper.fuzz.values=N} sets how many hostile values each field gets (default
 * {@value #DEFAULT_VALUES}, taken evenly from all kinds; {@link HostileValues} has about 390).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormFuzzIT {

    private static final int DEFAULT_VALUES = 200;
    private static final int VALUES = Integer.getInteger("seatkeeper.fuzz.values", DEFAULT_VALUES);
    private static final int MAX_PAGES = 250;
    /** Posting these ends the session the fuzzing uses, or is fuzzed by its own security tests. */
    private static final Set<String> NOT_FUZZED = Set.of("/logout", "/setup");
    /** A refused answer here may store a sign-in lock for the name (that is the point of it). */
    private static final Set<String> MAY_RECORD_A_LOCK = Set.of("/login", "/account/password");
    private static final Pattern PHONE_FIELD = Pattern.compile("(?i).*phone.*");
    private static final Pattern POSTAL_CODE_FIELD = Pattern.compile("(?i).*postalcode.*");
    private static final Pattern NOT_IN_A_PHONE = Pattern.compile("[^0-9 ()+.\\-]");
    private static final Pattern NOT_IN_A_POSTAL_CODE = Pattern.compile("[^A-Za-z0-9 \\-]");

    private RunningApp app;
    private DatabaseFingerprint fingerprint;
    private RawHttp admin;
    private WebClient browser;
    private final List<String> problems = new ArrayList<>();
    private String token;
    /** The database's fingerprint after the last request. */
    private long stored;

    @BeforeAll
    void start() throws Exception {
        app = RunningApp.start();
        Database db = app.application().context().database();
        fingerprint = new DatabaseFingerprint(db);
        BillingData data = new BillingData(db, app.application().context().clock(), "fuzz");
        long customer = data.customer("Fuzz Customer Ltd");
        long contract = data.contract(customer);
        long product = data.product("FUZZ-SKU-1", "Fuzz product", new BigDecimal("12.50"), new BigDecimal("10.00"));
        data.manual(contract, product, "Fuzz seats", 5);
        app.createUser("viewer-vic", Role.VIEWER);
        browser = RunningApp.browser();
        app.signInAsAdmin(browser);
        admin = new RawHttp(app.uri());
        assertThat(admin.signIn(RunningApp.ADMIN, RunningApp.PASSWORD).statusCode()).isEqualTo(302);
    }

    @AfterAll
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldNeverAnswer500NorStoreWhatAFormRefused() throws Exception {
        // given every route that takes a POST, and the forms the pages offer for them
        Map<String, HttpServlet> postRoutes = postRoutes();
        assertThat(postRoutes).as("POST routes found in the routing").hasSizeGreaterThan(30);
        Map<String, FoundForm> forms = crawl(postRoutes);

        // when each form is sent hostile values, field by field, and each route without a form its bare path
        List<String> values = HostileValues.spread(VALUES);
        int requests = 0;
        stored = fingerprint.take();
        for (String route : postRoutes.keySet()) {
            if (NOT_FUZZED.contains(route)) {
                continue;
            }
            FoundForm form = forms.get(route);
            if (form == null) {
                requests += postBare(route);
                continue;
            }
            for (String field : form.fuzzable()) {
                for (String value : values) {
                    requests += 1;
                    form = post(route, form, field, value);
                }
            }
        }

        // then
        assertThat(problems).as("problems after %d requests to %d routes (%d with a form found on a page)",
                requests, postRoutes.size(), forms.size()).isEmpty();
        assertThat(forms.keySet()).as("forms found for the routes")
                .contains("/customers/new", "/customers/[0-9]+/edit", "/customers/[0-9]+/contacts/(new|[0-9]+)",
                        "/contracts/new", "/settings", "/users/*", "/account/password", "/products/[0-9]+",
                        "/subscriptions/new", "/subscriptions/[0-9]+/change", "/onboarding/new");
    }

    /** Posts the form with one field set to {@code value}; returns the form as its page now offers it. */
    private FoundForm post(String route, FoundForm form, String field, String value) {
        Map<String, String> sent = new LinkedHashMap<>(form.defaults());
        sent.put(field, value);
        sent.put("_csrf", token());
        long before = stored;
        HttpResponse<String> answer = form.multipart() ? admin.postMultipart(form.action(), sent) : admin.post(form.action(), sent);
        int status = answer.statusCode();
        String where = route + " field " + field + "=" + shown(value);
        if (status >= 500 || answer.body().contains("Something went wrong on our side")) {
            problem(where + " answered " + status);
        }
        boolean accepted = status < 400;
        if (accepted) {
            fingerprint.awaitJobs(app.application().jobs());
        }
        stored = fingerprint.take();
        if (!accepted && !MAY_RECORD_A_LOCK.contains(route) && stored != before) {
            problem(where + " was refused (" + status + ") but the database changed");
        }
        // the forms trim what was typed (String.trim: control characters and spaces at either end)
        if (status == 302 && PHONE_FIELD.matcher(field).matches() && NOT_IN_A_PHONE.matcher(value.trim()).find()) {
            problem(where + " took a phone number with a character that is not in one");
        }
        if (status == 302 && POSTAL_CODE_FIELD.matcher(field).matches()
                && NOT_IN_A_POSTAL_CODE.matcher(value.trim()).find()) {
            problem(where + " took a postal code with a character that is not in one");
        }
        return accepted ? form.reloaded(browser).orElse(form) : form;
    }

    /** A route no page has a form for: its path with an id that exists, one that does not, and one out of range. */
    private int postBare(String route) {
        int requests = 0;
        for (String id : List.of("1", "999999", "99999999999999999999")) {
            String path = route.replace("(new|[0-9]+)", id).replace("[0-9]+", id).replace("/*", "/" + id);
            long before = stored;
            HttpResponse<String> answer = admin.post(path, RawHttp.form("_csrf", token()));
            requests++;
            if (answer.statusCode() < 400) {
                fingerprint.awaitJobs(app.application().jobs());
            }
            stored = fingerprint.take();
            if (answer.statusCode() >= 500 || answer.body().contains("Something went wrong on our side")) {
                problem("POST " + path + " (no form found) answered " + answer.statusCode());
            }
            if (answer.statusCode() >= 400 && !MAY_RECORD_A_LOCK.contains(route) && stored != before) {
                problem("POST " + path + " was refused but the database changed");
            }
        }
        return requests;
    }

    /** Keeps the first 300: enough to see every kind of failure without drowning the report. */
    private void problem(String problem) {
        if (problems.size() < 300) {
            problems.add(problem);
        }
    }

    private String token() {
        if (token == null) {
            token = admin.csrfToken("/account/password");
        }
        return token;
    }

    /** Every route whose servlet answers POST (it overrides doPost), by its path spec or pattern. */
    private Map<String, HttpServlet> postRoutes() {
        Map<String, HttpServlet> posts = new LinkedHashMap<>();
        app.application().context().web().routes().forEach((route, servlet) -> {
            if (answersPost(servlet.getClass())) {
                posts.put(route, servlet);
            }
        });
        return posts;
    }

    private static boolean answersPost(Class<?> type) {
        for (Class<?> c = type; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod("doPost", HttpServletRequest.class, HttpServletResponse.class);
                return true;
            } catch (NoSuchMethodException e) {
                // not here: look at the superclass
            }
        }
        return false;
    }

    /** Walks the pages from the dashboard, keeping the first form found for each POST route. */
    private Map<String, FoundForm> crawl(Map<String, HttpServlet> postRoutes) throws Exception {
        Map<String, FoundForm> forms = new LinkedHashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/", "/customers/new", "/contracts/new", "/users/new",
                "/products/new", "/providers/new", "/onboarding/new", "/account/password", "/settings", "/agreements"));
        Set<String> seen = new HashSet<>(toVisit);
        int visited = 0;
        while (!toVisit.isEmpty() && visited < MAX_PAGES) {
            String path = toVisit.poll();
            visited++;
            if (!(browser.getPage(app.url(path)) instanceof HtmlPage page)) {
                continue;
            }
            for (HtmlForm form : page.getForms()) {
                if (!"post".equalsIgnoreCase(form.getMethodAttribute())) {
                    continue;
                }
                String action = URI.create(app.url(path)).resolve(form.getActionAttribute()).getRawPath();
                String route = routeOf(action, postRoutes.keySet());
                if (route != null && !forms.containsKey(route)) {
                    forms.put(route, FoundForm.of(form, path, app.uri()));
                }
            }
            for (HtmlAnchor link : page.getAnchors()) {
                String href = link.getHrefAttribute();
                if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/static/")
                        && !href.startsWith("/webjars/") && !href.endsWith(".csv") && !href.endsWith(".json")
                        && seen.add(pathOnly(href))) {
                    toVisit.add(href);
                }
            }
        }
        return forms;
    }

    /** The route Jetty gives this path: an exact spec or pattern first, then the longest prefix spec. */
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

    /** A page's links differ by query (paging, filters): one visit per path is enough to find its forms. */
    private static String pathOnly(String href) {
        int query = href.indexOf('?');
        return query < 0 ? href : href.substring(0, query);
    }

    private static String shown(String value) {
        String escaped = value.chars().limit(40).mapToObj(c -> c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x2000 && c < 0x2070)
                || c == 0xfeff ? String.format("\\u%04x", c) : String.valueOf((char) c)).reduce("", String::concat);
        return "\"" + escaped + (value.length() > 40 ? "...\" (" + value.length() + " chars)" : "\"");
    }

    /** A form as a page offers it: where it posts, its fields' values as served, and the page it is on. */
    private record FoundForm(String action, Map<String, String> defaults, List<String> fuzzable, boolean multipart,
                             String page, URI base) {

        static FoundForm of(HtmlForm form, String page, URI base) {
            Map<String, String> defaults = new LinkedHashMap<>();
            List<String> fuzzable = new ArrayList<>();
            for (HtmlElement element : form.getHtmlElementDescendants()) {
                String name = element.getAttribute("name");
                if (name.isEmpty() || name.equals("_csrf") || element instanceof HtmlFileInput) {
                    continue;
                }
                String value = valueOf(element);
                if (value != null) {
                    defaults.putIfAbsent(name, value);
                }
                if ((value != null || element instanceof HtmlCheckBoxInput) && !fuzzable.contains(name)) {
                    fuzzable.add(name);
                }
            }
            String action = base.resolve(page).resolve(form.getActionAttribute()).getRawPath()
                    + (base.resolve(page).resolve(form.getActionAttribute()).getRawQuery() == null ? ""
                    : "?" + base.resolve(page).resolve(form.getActionAttribute()).getRawQuery());
            return new FoundForm(action, defaults, fuzzable, "multipart/form-data".equalsIgnoreCase(form.getEnctypeAttribute()),
                    page, base);
        }

        /** The value the browser would send as served, or null for an element that sends nothing. */
        private static String valueOf(HtmlElement element) {
            if (element instanceof HtmlCheckBoxInput box) {
                return box.isChecked() ? box.getValueAttribute() : null;
            }
            if (element instanceof HtmlRadioButtonInput radio) {
                return radio.isChecked() ? radio.getValueAttribute() : null;
            }
            if (element instanceof HtmlSubmitInput || element.getTagName().equals("button")) {
                return element.getAttribute("value");
            }
            if (element instanceof HtmlInput input) {
                return input.getValue();
            }
            if (element instanceof HtmlSelect select) {
                List<HtmlOption> selected = select.getSelectedOptions();
                return !selected.isEmpty() ? selected.get(0).getValueAttribute()
                        : select.getOptionSize() > 0 ? select.getOption(0).getValueAttribute() : "";
            }
            if (element instanceof HtmlTextArea area) {
                return area.getText();
            }
            return null;
        }

        /** The same form as its page offers it now (a saved change moves its version on), if the page still has it. */
        Optional<FoundForm> reloaded(WebClient browser) {
            try {
                if (browser.getPage(base.resolve(page).toString()) instanceof HtmlPage again) {
                    for (HtmlForm form : again.getForms()) {
                        FoundForm found = of(form, page, base);
                        if (found.action().equals(action)) {
                            return Optional.of(found);
                        }
                    }
                }
            } catch (Exception e) {
                // the page is gone (the thing was archived): keep posting what we had
            }
            return Optional.empty();
        }
    }
}
