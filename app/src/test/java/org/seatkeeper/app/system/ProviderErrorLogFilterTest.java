package org.seatkeeper.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.http.ProviderAuthException;

/** What the console shows when a job fails on a provider error, and when it fails on anything else. */
class ProviderErrorLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> console = new ListAppender<>();

    @BeforeEach
    void setUp() {
        ProviderErrorLogFilter filter = new ProviderErrorLogFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        console.setContext(context);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }

    @Test
    void shouldTellAProviderErrorOnceInOneLineWithItsReason() {
        // given a provider refusing the credentials, wrapped by the batch framework
        RuntimeException failure = new IllegalStateException("Unable to process chunk", new RuntimeException("Skip policy rejected",
                new ProviderAuthException("Partner Center", "Injected fault: HTTP 401", "Check the app id.")));

        // when the framework logs it twice, with its trace
        context.getLogger("org.springframework.batch.core.step.item.ChunkOrientedStep").error("Rolling back chunk transaction", failure);
        context.getLogger("org.springframework.batch.core.step.AbstractStep")
                .error("Encountered an error executing step {} in job {}", "syncProviderAccounts", "providerAccountSyncJob", failure);

        // then one warning line with the reason, and no trace
        assertThat(console.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("Rolling back chunk transaction")
                    .contains("Partner Center refused the credentials: Injected fault: HTTP 401");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void shouldKeepTheTraceOfAnyOtherError() {
        // when
        context.getLogger("org.springframework.batch.core.step.AbstractStep").error("Encountered an error",
                new IllegalStateException("a bug"));

        // then
        assertThat(console.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }
}
