package org.seatkeeper.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditChangesTest {

    @Test
    void shouldListOnlyTheFieldsThatChanged() {
        assertThat(AuditChanges.describe("{\"name\":\"Main\",\"currency\":\"USD\",\"billingDay\":1}",
                "{\"name\":\"Main\",\"currency\":\"EUR\",\"billingDay\":15}"))
                .isEqualTo("currency: USD → EUR; billingDay: 1 → 15");
    }

    @Test
    void shouldListEveryFieldOfACreationAndMarkEmptyValues() {
        assertThat(AuditChanges.describe(null, "{\"name\":\"Main\",\"psaAgreementRef\":null}"))
                .isEqualTo("name: Main; psaAgreementRef: —");
    }

    @Test
    void shouldShowStatesThatAreNotJsonAsTheyAreAndCutLongOnes() {
        assertThat(AuditChanges.describe("12 licenses", "14 licenses")).isEqualTo("12 licenses → 14 licenses");
        assertThat(AuditChanges.describe(null, null)).isEmpty();
        assertThat(AuditChanges.describe(null, "x".repeat(400))).hasSize(300).endsWith("…");
    }

    @Test
    void shouldReadNestedValuesListsAndEmptyOnesAsTextNeverAsJsonOrNull() {
        assertThat(AuditChanges.lines("{\"terms\":{\"currency\":\"USD\",\"cycle\":\"MONTHLY\"},\"countries\":[\"US\"],\"note\":null}",
                "{\"terms\":{\"currency\":\"EUR\",\"cycle\":\"MONTHLY\"},\"countries\":[\"US\",\"CA\"],\"note\":\"ok\"}"))
                .containsExactly("terms.currency: USD → EUR", "countries: US → US, CA", "note: — → ok");
        assertThat(AuditChanges.describe("null", "[\"a\",\"b\"]")).isEqualTo("— → a, b");
        assertThat(AuditChanges.describe("{\"lines\":[]}", "{\"lines\":[{\"sku\":\"E3\",\"quantity\":2}]}"))
                .isEqualTo("lines: — → (sku E3, quantity 2)");
    }
}
