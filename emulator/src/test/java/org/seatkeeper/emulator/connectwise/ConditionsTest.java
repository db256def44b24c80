package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.http.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionsTest {

    private final JsonNode agreement = read("""
            {"id":7,"name":"Microsoft 365 - Contoso","agreementStatus":"Active","company":{"id":5,"identifier":"CONTOSO"},
             "quantity":12,"cancelledDate":null,"startDate":"2025-01-01T00:00:00Z"}""");

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldMatchTheFormsUsedInPractice() {
        // expect
        assertThat(Conditions.parse("company/id = 5 and agreementStatus = \"Active\"").test(agreement)).isTrue();
        assertThat(Conditions.parse("company/identifier=\"contoso\"").test(agreement)).isTrue();
        assertThat(Conditions.parse("cancelledDate = null").test(agreement)).isTrue();
        assertThat(Conditions.parse("missingField = null").test(agreement)).isTrue();
        assertThat(Conditions.parse("quantity >= 10 and quantity < 13").test(agreement)).isTrue();
        assertThat(Conditions.parse("name like \"Microsoft%\" or id = 1").test(agreement)).isTrue();
        assertThat(Conditions.parse("not (id in (1, 2, 3))").test(agreement)).isTrue();
        assertThat(Conditions.parse("startDate > [2024-12-31T00:00:00Z]").test(agreement)).isTrue();
        assertThat(Conditions.parse("name contains \"contoso\" and agreementStatus != \"Active\"").test(agreement)).isFalse();
    }

    @Test
    void shouldNotBeFooledByValuesThatLookLikeSyntax() {
        // expect
        assertThat(Conditions.parse("name = \"Microsoft 365 - Contoso\"").test(agreement)).isTrue();
        assertThat(Conditions.parse("name = \"a and b\"").test(agreement)).isFalse();
    }

    @Test
    void shouldRejectBrokenConditions() {
        // expect
        assertThatThrownBy(() -> Conditions.parse("company/id = ")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Conditions.parse("name = \"open")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Conditions.parse("(id = 1")).isInstanceOf(ApiException.class);
    }
}
