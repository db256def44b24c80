package org.seatkeeper.providers.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void shouldQuoteAndEscapeStringValues() {
        // when
        String rendered = Conditions.where("company/identifier").eq("ACME \"Best\" \\ Co")
                .and("agreementStatus").eq("Active")
                .and("parentagreementid").isNull()
                .render();

        // then
        assertThat(rendered).isEqualTo(
                "company/identifier = \"ACME \\\"Best\\\" \\\\ Co\" and agreementStatus = \"Active\" and parentagreementid = null");
    }

    @Test
    void shouldRenderNumbersListsAndDates() {
        assertThat(Conditions.where("id").eq(42).and("identifier").in(List.of("A", "B"))
                .and("lastUpdated").after(Instant.parse("2024-01-01T00:00:00.123Z")).render())
                .isEqualTo("id = 42 and identifier in (\"A\",\"B\") and lastUpdated > [2024-01-01T00:00:00Z]");
    }

    @Test
    void shouldRefuseFieldsThatAreNotPaths() {
        assertThatThrownBy(() -> Conditions.where("name = \"x\" or 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
