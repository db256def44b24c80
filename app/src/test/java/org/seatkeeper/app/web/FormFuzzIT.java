package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;

/**
 * Every form Seatkeeper serves, found from its routes, sent hostile values field by field with a valid session and
 * CSRF token: never a 500, nothing stored when the form refused, no phone number or postal code taken with letters or
 * invisible characters in it, and nothing Seatkeeper would connect to (SMTP, a provider) off loopback afterwards.
 *
 * <p>The POST routes come from the server's own routing (every servlet that answers POST). Their forms are found by
 * walking the pages of a {@link FuzzFixture} (one that has something behind every form) signed in, and the sign-in
 * page signed out; a route no page has a form for is still posted, with its path's ids and no fields. Every other
 * field holds what a person would type ({@link ValidInput}), so a hostile value meets the checks behind "required".
 *
 * <p>A field naming a server to connect to (the SMTP host, a provider's addresses, the PSA's site) gets its hostile
 * values with a required field left empty: the form must refuse them, so no hostile host is ever stored for a test
 * button, a sync or the outbox to reach.
 *
 * <p>{@code -Dseatkeeper.fuzz.values=N} sets how many hostile values each field gets (default {@value #DEFAULT_VALUES},
 * taken evenly from all kinds, each field starting elsewhere in the list, so the fields of one run try different
 * values; {@link HostileValues} has about 390, and all of them take most of an hour); {@code
 * -Dseatkeeper.fuzz.routes=REGEX} fuzzes only the routes it matches. How many requests each form took and refused,
 * and where the time went, is written to {@code target/form-fuzz.txt}; {@code -Dseatkeeper.fuzz.explain=true} adds
 * each refusal's messages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormFuzzIT {

    /** About 1,800 requests over 64 routes; most of the time is the server answering them. */
    private static final int DEFAULT_VALUES = 6;
    private static final int VALUES = Integer.getInteger("seatkeeper.fuzz.values", DEFAULT_VALUES);
    private static final Pattern ONLY = Pattern.compile(System.getProperty("seatkeeper.fuzz.routes", ".*"));
    private static final boolean EXPLAIN = Boolean.getBoolean("seatkeeper.fuzz.explain");
    /** Posting this ends the session the fuzzing uses. */
    private static final Set<String> NOT_FUZZED = Set.of("/logout");
    /** A refused answer here may store a sign-in lock for the name (that is the point of it). */
    private static final Set<String> MAY_RECORD_A_LOCK = Set.of("/login", "/account/password");
    /** Fields naming a server Seatkeeper connects to, and the field left empty so that the form refuses them. */
    private static final Map<String, String> DESTINATIONS = Map.of("smtpHost", "companyName", "apiBaseUrl", "name",
            "tokenUrl", "name", "siteUrl", "companyId");
    private static final List<String> STARTS = List.of("/", "/customers/new", "/users/new",
            "/products/new", "/providers/new", "/onboarding", "/onboarding/new", "/account/password", "/settings",
            "/agreements", "/jobs", "/notifications", "/outbox", "/mismatches", "/provider-accounts", "/reports/schedule",
            "/settings/psa", "/licenses");
    private static final Pattern PHONE_FIELD = Pattern.compile("(?i).*phone.*");
    private static final Pattern POSTAL_CODE_FIELD = Pattern.compile("(?i).*postalcode.*");
    private static final Pattern NOT_IN_A_PHONE = Pattern.compile("[^0-9 ()+.\\-]");
    private static final Pattern NOT_IN_A_POSTAL_CODE = Pattern.compile("[^A-Za-z0-9 \\-]");

    private final long cpuAtStart = cpuTime();
    private final long timeAtStart = System.nanoTime();
    private FuzzFixture fixture;
    private DatabaseFingerprint fingerprint;
    private LoopbackDestinations destinations;
    private ValidInput valid;
    private RawHttp anonymous;
    private String adminToken;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, int[]> outcomes = new TreeMap<>();
    private final StringBuilder explained = new StringBuilder();
    /** Where the time went: posting, waiting for jobs, fingerprinting the database, checking destinations. */
    private final long[] spent = new long[4];
    private int requests;
    private int posted;
    /** The database after the last request. */
    private DatabaseFingerprint.Snapshot stored;
    /** The administrator's password: the password form changes it. */
    private String adminPassword = RunningApp.PASSWORD;
    private long fixtureNanos;
    private long fixtureCpu;
    private long crawlNanos;
    private long crawlCpu;

    @BeforeAll
    void start() throws Exception {
        fixture = new FuzzFixture();
        fingerprint = new DatabaseFingerprint(fixture.app.application().context().database());
        destinations = new LoopbackDestinations(fixture.app.application().context().database());
        valid = new ValidInput(fixture.emulatorInput(), fixture.pinned());
        anonymous = new RawHttp(fixture.app.uri());
        adminToken = fixture.admin.csrfToken("/account/password");
        valid.forRoute("/login", Map.of("username", FuzzFixture.SIGN_IN_USER, "password", RunningApp.PASSWORD));
        fixtureNanos = System.nanoTime() - timeAtStart;
        fixtureCpu = cpuTime() - cpuAtStart;
    }

    @AfterAll
    void stop() {
        if (fingerprint != null) {
            fingerprint.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void shouldNeverAnswer500NorStoreWhatAFormRefused() throws Exception {
        // given every route that takes a POST, and the forms the pages offer for them
        Map<String, HttpServlet> postRoutes = postRoutes();
        assertThat(postRoutes).as("POST routes found in the routing").hasSizeGreaterThan(40);
        assertThat(destinations.offLoopback()).as("destinations before fuzzing").isEmpty();
        FormCrawler crawler = new FormCrawler(postRoutes.keySet(), fixture.app.application().context().web().routes().keySet())
                .walk(fixture.browser, fixture.app.uri(), starts(), false);
        fixture.answers.forEach(page -> crawler.add(page, null, false));
        try (WebClient signedOut = RunningApp.browser()) {
            crawler.walk(signedOut, fixture.app.uri(), List.of("/login"), true);
        }
        Map<String, List<FoundForm>> forms = crawler.forms();
        crawlNanos = System.nanoTime() - timeAtStart - fixtureNanos;
        crawlCpu = cpuTime() - cpuAtStart - fixtureCpu;

        // when each form is sent as a person would fill it, then hostile values field by field, and each route
        // without a form its bare path
        stored = fingerprint.take();
        int shift = 0;
        for (String route : postRoutes.keySet()) {
            if (NOT_FUZZED.contains(route) || !ONLY.matcher(route).matches()) {
                continue;
            }
            if (!forms.containsKey(route)) {
                postBare(route);
                continue;
            }
            for (FoundForm form : forms.get(route)) {
                if (MAY_RECORD_A_LOCK.contains(route)) {
                    // past the lock and the waits the last form's refusals earned
                    fixture.clock.advance(Duration.ofMinutes(16));
                }
                if (form.hasHiddenState()) {
                    form.refreshHiddenFrom(fixture.admin.get(form.page).body());
                }
                post(form, null, null);
                for (String field : fields(form)) {
                    shift += 7;
                    for (String value : HostileValues.spread(VALUES, shift)) {
                        post(form, field, value);
                    }
                }
            }
        }
        report(postRoutes, forms);

        // then
        assertThat(problems).as("problems after %d requests to %d routes (%d with a form found on a page)",
                requests, postRoutes.size(), forms.size()).isEmpty();
        if (ONLY.pattern().equals(".*")) {
            assertThat(forms.keySet()).as("forms found for the routes").contains("/login", "/settings",
                    "/settings/test-mail", "/users/*", "/account/password", "/customers/new", "/customers/[0-9]+/edit",
                    "/customers/[0-9]+/contacts/(new|[0-9]+)", "/customers/[0-9]+/contacts/[0-9]+/primary",
                    "/providers/new", "/providers/[0-9]+/edit", "/providers/[0-9]+/test", "/contracts/new",
                    "/contracts/[0-9]+/edit", "/products/new", "/products/[0-9]+", "/subscriptions/new",
                    "/subscriptions/import", "/subscriptions/import/confirm", "/subscriptions/[0-9]+/change",
                    "/onboarding/new", "/onboarding/provider/*", "/onboarding/tenant/*", "/onboarding/invitation/*",
                    "/onboarding/contract/*", "/onboarding/subscriptions/*", "/provider-accounts/[0-9]+/map",
                    "/provider-accounts/[0-9]+/unmap", "/agreements/*", "/jobs/[0-9]+/restart", "/settings/psa",
                    "/providers/[0-9]+/pricing", "/contracts/[0-9]+/pricing", "/subscriptions/[0-9]+/terms",
                    "/customers/[0-9]+/licenses/tenant", "/licenses/sku-mappings/(new|[0-9]+)");
        }
    }

    /** The fixture's own pages first, then the menu's. */
    private List<String> starts() {
        List<String> starts = new ArrayList<>(fixture.starts);
        starts.addAll(STARTS);
        return starts;
    }

    /** Every field the form sends, and its file fields. */
    private static List<String> fields(FoundForm form) {
        List<String> fields = new ArrayList<>(form.fuzzable);
        fields.addAll(form.files);
        return fields;
    }

    /**
     * Posts the form as a person would fill it, with {@code field} set to {@code value} (none: the form as filled),
     * and checks the answer and what it left in the database.
     */
    private void post(FoundForm form, String field, String value) {
        String otherPassword = adminPassword.equals(ValidInput.NEW_PASSWORD) ? RunningApp.PASSWORD : ValidInput.NEW_PASSWORD;
        valid.forRoute("/account/password", Map.of("currentPassword", adminPassword, "password", otherPassword,
                "confirmPassword", otherPassword));
        Map<String, String> sent = valid.of(form, ++posted);
        Map<String, String> files = new LinkedHashMap<>();
        if (field != null) {
            if (!form.files.contains(field)) {
                sent.put(field, value);
            }
            if (DESTINATIONS.containsKey(field)) {
                sent.put(DESTINATIONS.get(field), "");
            }
        }
        for (String file : form.files) {
            files.put(file, file.equals(field) ? ValidInput.csvWith(sent, value) : ValidInput.csv(sent, posted));
        }
        RawHttp client = form.anonymous ? anonymous : fixture.admin;
        // a refused sign-in may start a new session: the signed-out visitor reads its token each time
        sent.put("_csrf", form.anonymous ? anonymous.csrfToken("/login") : adminToken);
        long start = System.nanoTime();
        HttpResponse<String> answer = form.multipart ? client.postMultipart(form.action, sent, files)
                : client.post(form.action, sent);
        spent[0] += System.nanoTime() - start;
        String where = form.label + (field == null ? " as a person fills it" : " field " + field + "=" + shown(value));
        boolean accepted = check(form.route, where, answer, form.anonymous);
        if (EXPLAIN && !accepted) {
            explained.append(where).append(": ").append(answer.statusCode()).append(' ').append(fieldErrors(answer.body()))
                    .append('\n');
        }
        outcomes.computeIfAbsent(form.label, label -> new int[2])[accepted ? 0 : 1]++;
        if (accepted && form.anonymous) {
            // signed in now: the next sign-in starts from a new visitor
            anonymous = new RawHttp(fixture.app.uri());
        }
        if (accepted && form.route.equals("/account/password")) {
            adminPassword = sent.get("password");
        }
        if (field == null && !accepted) {
            problem(where + " was refused (" + answer.statusCode() + "): " + fieldErrors(answer.body()));
        }
        if (accepted && form.hasHiddenState()) {
            form.refreshHiddenFrom(fixture.admin.get(form.page).body());
        }
        // the forms take what was typed without the spaces and control characters around it
        if (answer.statusCode() == 302 && field != null && PHONE_FIELD.matcher(field).matches()
                && NOT_IN_A_PHONE.matcher(FormModel.trimmed(value)).find()) {
            problem(where + " took a phone number with a character that is not in one");
        }
        if (answer.statusCode() == 302 && field != null && POSTAL_CODE_FIELD.matcher(field).matches()
                && NOT_IN_A_POSTAL_CODE.matcher(FormModel.trimmed(value)).find()) {
            problem(where + " took a postal code with a character that is not in one");
        }
        if (field != null && DESTINATIONS.containsKey(field) && accepted) {
            problem(where + " was taken although " + DESTINATIONS.get(field) + " was empty");
        }
    }

    /** A route no page has a form for: its path with an id that exists, one that does not, and one out of range. */
    private void postBare(String route) {
        for (String id : List.of("1", "999999", "99999999999999999999")) {
            String path = route.replace("(new|[0-9]+)", id).replace("[0-9]+", id).replace("/*", "/" + id);
            HttpResponse<String> answer = fixture.admin.post(path, RawHttp.form("_csrf", adminToken));
            outcomes.computeIfAbsent(route + " (no form)", label -> new int[2])[check(route, "POST " + path
                    + " (no form found)", answer, false) ? 0 : 1]++;
        }
    }

    /**
     * The checks every answer gets: no 500 or error page, an unchanged database when refused, the session still
     * signed in, every destination on loopback. Returns whether the request was accepted (any answer below 400).
     */
    private boolean check(String route, String where, HttpResponse<String> answer, boolean signedOut) {
        requests++;
        int status = answer.statusCode();
        if (status >= 500 || answer.body().contains("Something went wrong on our side")) {
            problem(where + " answered " + status);
        }
        if (!signedOut && status == 302 && answer.headers().firstValue("Location").orElse("").startsWith("/login")
                && fixture.admin.get("/account/password").statusCode() != 200) {
            problem(where + " ended the session the fuzzing uses");
            throw new AssertionError(String.join("\n", problems));
        }
        boolean accepted = status < 400;
        long t0 = System.nanoTime();
        if (accepted) {
            fingerprint.awaitJobs(fixture.app.application().jobs());
        }
        long t1 = System.nanoTime();
        DatabaseFingerprint.Snapshot now = fingerprint.take();
        long t2 = System.nanoTime();
        spent[1] += t1 - t0;
        spent[2] += t2 - t1;
        boolean changed = !now.equals(stored);
        if (!accepted && !MAY_RECORD_A_LOCK.contains(route) && changed) {
            problem(where + " was refused (" + status + ") but the database changed: " + fingerprint.changed(stored, now));
        }
        stored = now;
        long t3 = System.nanoTime();
        // where Seatkeeper connects to is in the database: unchanged database, unchanged destinations
        List<String> off = changed ? destinations.offLoopback() : List.of();
        spent[3] += System.nanoTime() - t3;
        if (!off.isEmpty()) {
            // stop before anything connects there
            problem(where + " left Seatkeeper connecting off loopback: " + off);
            throw new AssertionError(String.join("\n", problems));
        }
        return accepted;
    }

    /** Keeps the first 300: enough to see every kind of failure without drowning the report. */
    private void problem(String problem) {
        if (problems.size() < 300) {
            problems.add(problem);
        }
    }

    /** What the run did, on one line, and each form's accepted and refused requests in target/form-fuzz.txt. */
    private void report(Map<String, HttpServlet> postRoutes, Map<String, List<FoundForm>> forms) throws Exception {
        StringBuilder lines = new StringBuilder();
        forms.values().stream().flatMap(List::stream).forEach(form -> lines.append(form.label).append(" on ")
                .append(form.page).append(": ").append(fields(form)).append('\n'));
        outcomes.forEach((label, counts) -> lines.append(label).append(": ").append(counts[0]).append(" accepted, ")
                .append(counts[1]).append(" refused\n"));
        lines.append(explained);
        lines.append(String.format("post %.1f s, jobs %.1f s, fingerprint %.1f s, destinations %.1f s%n", spent[0] / 1e9,
                spent[1] / 1e9, spent[2] / 1e9, spent[3] / 1e9));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("form-fuzz.txt"), lines);
        }
        System.out.printf("FormFuzzIT: %d POST routes, %d with forms (%d forms), %d requests, %d values per field, "
                        + "%.1f s (fixture %.1f s, crawl %.1f s), %.1f s of CPU (fixture %.1f s, crawl %.1f s)%n",
                postRoutes.size(), forms.size(), forms.values().stream().mapToInt(List::size).sum(), requests, VALUES,
                (System.nanoTime() - timeAtStart) / 1e9, fixtureNanos / 1e9, crawlNanos / 1e9,
                (cpuTime() - cpuAtStart) / 1e9, fixtureCpu / 1e9, crawlCpu / 1e9);
    }

    private static long cpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String fieldErrors(String body) {
        List<String> errors = new ArrayList<>();
        var matcher = Pattern.compile("<small class=\"field-error\" id=\"([^\"]*)\">([^<]*)</small>").matcher(body);
        while (matcher.find()) {
            errors.add(matcher.group(1) + ": " + matcher.group(2).trim());
        }
        var flash = Pattern.compile("class=\"flash flash-error\"[^>]*>([^<]*)<").matcher(body);
        while (flash.find()) {
            errors.add(flash.group(1).trim());
        }
        return errors.toString();
    }

    /** Every route whose servlet answers POST (it overrides doPost), by its path spec or pattern. */
    private Map<String, HttpServlet> postRoutes() {
        Map<String, HttpServlet> posts = new LinkedHashMap<>();
        fixture.app.application().context().web().routes().forEach((route, servlet) -> {
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

    private static String shown(String value) {
        String escaped = value.chars().limit(40).mapToObj(c -> c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x2000 && c < 0x2070)
                || c == 0xfeff ? String.format("\\u%04x", c) : String.valueOf((char) c)).reduce("", String::concat);
        return "\"" + escaped + (value.length() > 40 ? "...\" (" + value.length() + " chars)" : "\"");
    }
}
