package org.seatkeeper.app.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The app's logging set-up in code (found by logback through {@code META-INF/services}). Reading an XML file costs
 * logback about 200 ms of a cold start, most of the 3-second budget's slack. A {@code logback-test.xml} on the class
 * path (tests) or {@code -Dlogback.configurationFile} still wins: then this configurator steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    /** Libraries that are chatty at INFO: only their warnings are shown. */
    private static final Map<String, Level> QUIETER = Map.of("org.flywaydb", Level.WARN, "com.zaxxer.hikari", Level.WARN,
            "hsqldb", Level.WARN, "org.eclipse.jetty", Level.WARN, "org.springframework", Level.WARN,
            "freemarker", Level.WARN, "com.icegreen.greenmail", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || getClass().getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{30} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        ProviderErrorLogFilter providerErrors = new ProviderErrorLogFilter();
        providerErrors.setContext(context);
        providerErrors.start();
        context.addTurboFilter(providerErrors);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
