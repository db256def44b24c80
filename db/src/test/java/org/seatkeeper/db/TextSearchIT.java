package org.seatkeeper.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextSearchIT {

    @Test
    void shouldFindTextAnywhereIgnoringCaseAndTakeWildcardsLiterally() {
        try (Database db = Database.openInMemory()) {
            // given
            Instant now = Instant.parse("2026-11-22T08:00:00Z");
            for (String name : new String[] {"Contoso 50% Off Ltd", "Contoso 500 Ltd", "Fabrikam_Ltd", "FabrikamXLtd"}) {
                db.dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, name).set(CUSTOMER.CREATED_AT, now)
                        .set(CUSTOMER.UPDATED_AT, now).execute();
            }

            // when / then
            assertThat(db.dsl().select(CUSTOMER.NAME).from(CUSTOMER).where(TextSearch.contains(CUSTOMER.NAME, "CONTOSO"))
                    .fetch(CUSTOMER.NAME)).hasSize(2);
            assertThat(db.dsl().select(CUSTOMER.NAME).from(CUSTOMER).where(TextSearch.contains(CUSTOMER.NAME, "50%"))
                    .fetch(CUSTOMER.NAME)).containsExactly("Contoso 50% Off Ltd");
            assertThat(db.dsl().select(CUSTOMER.NAME).from(CUSTOMER).where(TextSearch.contains(CUSTOMER.NAME, "m_l"))
                    .fetch(CUSTOMER.NAME)).containsExactly("Fabrikam_Ltd");
        }
    }
}
