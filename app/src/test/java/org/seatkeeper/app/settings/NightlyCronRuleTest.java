package org.seatkeeper.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NightlyCronRuleTest {

    @Test
    void shouldAcceptNightlyAndHourlySchedules() {
        assertThat(NightlyCronRule.refusal("0 0 2 * * *")).isEmpty();
        assertThat(NightlyCronRule.refusal("0 30 1 * * MON-FRI")).isEmpty();
        assertThat(NightlyCronRule.refusal("0 0 * * * *")).isEmpty();
    }

    @Test
    void shouldRefuseWhatIsNotACronWhatRunsTooOftenAndWhatNeverRuns() {
        assertThat(NightlyCronRule.refusal("every night")).hasValueSatisfying(m -> assertThat(m).startsWith("Not a valid schedule"));
        assertThat(NightlyCronRule.refusal("* * * * * *")).hasValueSatisfying(m -> assertThat(m).contains("at most once an hour"));
        assertThat(NightlyCronRule.refusal("0 */10 * * * *")).hasValueSatisfying(m -> assertThat(m).contains("at most once an hour"));
        assertThat(NightlyCronRule.refusal("0 0 2 30 2 *")).hasValueSatisfying(m -> assertThat(m).contains("never comes round"));
    }
}
