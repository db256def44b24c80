package org.seatkeeper.db.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEntityTest {

    @Test
    void shouldReadAFilterInAnyLetterCaseAsOldLinksSpelledIt() {
        assertThat(AuditEntity.parse("user")).contains(AuditEntity.USER);
        assertThat(AuditEntity.parse(" BILLING_CONTRACT ")).contains(AuditEntity.BILLING_CONTRACT);
        assertThat(AuditEntity.parse("billing_contract")).contains(AuditEntity.BILLING_CONTRACT);
    }

    @Test
    void shouldFilterNothingForABlankOrUnknownKind() {
        assertThat(AuditEntity.parse("")).isEmpty();
        assertThat(AuditEntity.parse(null)).isEmpty();
        assertThat(AuditEntity.parse("spaceship")).isEmpty();
    }

    @Test
    void shouldLabelAKindForPeople() {
        assertThat(AuditEntity.BILLING_CONTRACT.label()).isEqualTo("billing contract");
    }
}
