package org.seatkeeper.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.system.Application;
import org.seatkeeper.db.users.Role;

/**
 * A real Seatkeeper on a free loopback port with its own data directory, for journeys that click and submit
 * like a person. Close it after the test.
 */
public final class RunningApp implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct horse battery";

    private final Path dataDirectory;
    private final Application application;

    private RunningApp(StartOptions options) {
        this.dataDirectory = options.dataDirectory();
        try {
            this.application = Application.start(options);
        } catch (Exception e) {
            throw new IllegalStateException("Seatkeeper did not start", e);
        }
    }

    public static RunningApp start() {
        return new RunningApp(StartOptions.forTest(tempDirectory()));
    }

    public static RunningApp start(StartOptions options) {
        return new RunningApp(options);
    }

    public static Path tempDirectory() {
        try {
            return Files.createTempDirectory("seatkeeper-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Application application() {
        return application;
    }

    public URI uri() {
        return application.uri();
    }

    public String url(String path) {
        return application.uri().resolve(path).toString();
    }

    /** A browser as a person uses it with these server-rendered pages: no JavaScript needed, status codes not thrown. */
    public static WebClient browser() {
        WebClient browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setRedirectEnabled(true);
        return browser;
    }

    /** Creates a user directly (the first one becomes the administrator set-up would create). */
    public void createUser(String username, Role role) {
        application.users().ensureUser(username, username, role, PASSWORD);
    }

    public HtmlPage signIn(WebClient browser, String username) throws IOException {
        HtmlPage login = browser.getPage(url("/login"));
        login.getElementByName("username").setAttribute("value", username);
        login.getElementByName("password").setAttribute("value", PASSWORD);
        return login.getFirstByXPath("//form[@action='/login']//button[@type='submit']") instanceof org.htmlunit.html.HtmlButton button
                ? button.click() : null;
    }

    /** A signed-in administrator: the usual start of a journey. */
    public HtmlPage signInAsAdmin(WebClient browser) throws IOException {
        createUser(ADMIN, Role.ADMIN);
        return signIn(browser, ADMIN);
    }

    @Override
    public void close() {
        application.close();
        deleteQuietly(dataDirectory);
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
