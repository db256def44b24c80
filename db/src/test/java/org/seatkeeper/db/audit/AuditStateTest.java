package org.seatkeeper.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditStateTest {

    private enum Status { ACTIVE }

    @Test
    void shouldWriteFieldsInOrderKeepingNumbersAndBooleansAndQuotingTheRest() {
        // when
        AuditState state = AuditState.of("name", "Atlas \"Bakery\"", "quantity", 11, "price", new BigDecimal("10.50"),
                "autoRenew", true, "start", LocalDate.of(2026, 1, 1), "status", Status.ACTIVE, "ref", null);

        // then
        assertThat(state.json()).isEqualTo("{\"name\":\"Atlas \\\"Bakery\\\"\",\"quantity\":11,\"price\":10.50,"
                + "\"autoRenew\":true,\"start\":\"2026-01-01\",\"status\":\"ACTIVE\",\"ref\":null}");
    }

    @Test
    void shouldKeepNestedMapsAndListsAsJson() {
        // given
        Map<String, Object> manual = new LinkedHashMap<>();
        manual.put("id", 7);
        manual.put("events", List.of(1, 2));

        // when
        AuditState state = AuditState.of("manual", manual);

        // then
        assertThat(state.json()).isEqualTo("{\"manual\":{\"id\":7,\"events\":[1,2]}}");
    }

    @Test
    void shouldRefuseAKeyWithoutItsValue() {
        assertThatThrownBy(() -> AuditState.of("quantity", 1, "status")).isInstanceOf(IllegalArgumentException.class);
    }
}
