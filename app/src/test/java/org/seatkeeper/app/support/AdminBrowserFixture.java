package org.seatkeeper.app.support;

import org.htmlunit.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The frame of a page test class: one running Seatkeeper for the class and, for each test, a fresh browser signed in
 * as its administrator. A class that needs its own start (a fixed clock) overrides {@link #startApp()}; its own
 * set-up goes in a {@code @BeforeAll} method of its own, which runs after this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdminBrowserFixture {

    protected RunningApp app;
    protected WebClient browser;

    protected RunningApp startApp() {
        return RunningApp.start();
    }

    @BeforeAll
    final void startTheApp() {
        app = startApp();
    }

    @AfterAll
    final void stopTheApp() {
        app.close();
    }

    @BeforeEach
    final void openASignedInBrowser() throws Exception {
        browser = RunningApp.browser();
        app.signInAsAdmin(browser);
    }

    @AfterEach
    final void closeTheBrowser() {
        browser.close();
    }
}
