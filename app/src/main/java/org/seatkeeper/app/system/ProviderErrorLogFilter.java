package org.seatkeeper.app.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.seatkeeper.providers.http.ProviderException;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Expected provider errors (refused credentials, throttling, an unreachable or unreadable provider) on the console as
 * one line with the reason, not as the stack traces Spring Batch logs with them: the job's page already says what
 * failed and how to fix it. The trace is still logged, at debug level. Each error is told once, however many loggers
 * report it (a failed chunk is logged as rolled back, then as the step's error).
 */
final class ProviderErrorLogFilter extends TurboFilter {

    private static final String SHORT = "org.seatkeeper.providers";
    private final Map<Throwable, Boolean> told = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger.getName().equals(SHORT)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : MessageFormatter.getThrowableCandidate(params);
        ProviderException cause = providerCause(thrown);
        if (cause == null) {
            return FilterReply.NEUTRAL;
        }
        Logger shortly = logger.getLoggerContext().getLogger(SHORT);
        if (told.put(cause, Boolean.TRUE) == null) {
            String message = format == null ? "" : MessageFormatter.arrayFormat(format, params).getMessage();
            shortly.warn("{}: {} (the full trace at debug level, logger {})", message, cause.getMessage(), SHORT);
        }
        shortly.debug("{} reported a provider error", logger.getName(), thrown);
        return FilterReply.DENY;
    }

    static ProviderException providerCause(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ProviderException provider) {
                return provider;
            }
        }
        return null;
    }
}
