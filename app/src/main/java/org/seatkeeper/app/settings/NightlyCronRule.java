package org.seatkeeper.app.settings;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * Which nightly schedules a person may save: a valid six-field cron expression that comes round at all (not
 * "30 February") and at most once an hour (every run syncs every provider; "* * * * * *" started them every second).
 */
public final class NightlyCronRule {

    public static final String EXAMPLE = "e.g. 0 0 2 * * * for 02:00 every night";
    private static final Duration SHORTEST_INTERVAL = Duration.ofHours(1);
    // any fixed instant will do: the rule is about the pattern, and a fixed one keeps the answer the same every day
    private static final LocalDateTime FROM = LocalDateTime.of(2024, 1, 1, 0, 0);

    private NightlyCronRule() {
    }

    public static Optional<String> refusal(String cron) {
        if (!CronExpression.isValidExpression(cron)) {
            return Optional.of("Not a valid schedule: six fields, " + EXAMPLE + ".");
        }
        CronExpression expression = CronExpression.parse(cron);
        LocalDateTime first = expression.next(FROM);
        LocalDateTime second = first == null ? null : expression.next(first);
        if (first == null || second == null) {
            return Optional.of("This schedule never comes round (a date like 30 February): " + EXAMPLE + ".");
        }
        if (Duration.between(first, second).compareTo(SHORTEST_INTERVAL) < 0) {
            return Optional.of("The nightly run can start at most once an hour: " + EXAMPLE + ".");
        }
        return Optional.empty();
    }
}
