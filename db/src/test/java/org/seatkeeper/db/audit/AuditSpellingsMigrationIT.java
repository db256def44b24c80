package org.seatkeeper.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.seatkeeper.db.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Entries written before AuditAction and AuditEntity keep showing and filtering under the one spelling of each. */
class AuditSpellingsMigrationIT {

    private static final String MIGRATION = "rename audit actions and entity types";

    @Test
    void shouldMoveOldSpellingsToTheEnumNames() {
        // given a database migrated up to just before the rename, holding entries as they were written then
        String url = "jdbc:hsqldb:mem:audit" + UUID.randomUUID().toString().replace("-", "");
        List<MigrationInfo> migrations = Arrays.asList(flyway(url, null).info().all());
        int rename = migrations.stream().map(MigrationInfo::getDescription).toList().indexOf(MIGRATION);
        flyway(url, migrations.get(rename - 1).getVersion().getVersion()).migrate();
        try (CloseableDSLContext dsl = DSL.using(url, "SA", "")) {
            insert(dsl, "CREATE", "billing_contract");
            insert(dsl, "CREATE_CONTRACT", "BILLING_CONTRACT");
            insert(dsl, "UPDATE_CONTRACT", "BILLING_CONTRACT");
            insert(dsl, "PRICE_PRODUCT", "PRODUCT");
            insert(dsl, "SUSPEND_SUBSCRIPTION", "SUBSCRIPTION");
            insert(dsl, "mismatch.acknowledge", "mismatch_finding");
            insert(dsl, "reports.schedule", "report_schedule");
            insert(dsl, "MAP", "provider_account");

            // when
            flyway(url, null).migrate();

            // then
            assertThat(dsl.select(AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY_TYPE).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID)
                    .fetch(r -> tuple(r.value1(), r.value2()))).containsExactly(
                    tuple("CREATE", "BILLING_CONTRACT"), tuple("CREATE", "BILLING_CONTRACT"),
                    tuple("UPDATE", "BILLING_CONTRACT"), tuple("CHANGE_PRICE", "PRODUCT"),
                    tuple("SUSPEND", "SUBSCRIPTION"), tuple("ACKNOWLEDGE", "MISMATCH_FINDING"),
                    tuple("UPDATE", "REPORT_SCHEDULE"), tuple("MAP", "PROVIDER_ACCOUNT"));
            dsl.select(AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY_TYPE).from(AUDIT_LOG).forEach(r -> {
                assertThat(AuditAction.valueOf(r.value1())).isNotNull();
                assertThat(AuditEntity.valueOf(r.value2())).isNotNull();
            });
        }
    }

    private static Flyway flyway(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, "SA", "").locations("classpath:db/migration")
                .cleanDisabled(true);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void insert(CloseableDSLContext dsl, String action, String entityType) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, Instant.parse("2026-11-22T08:00:00Z"))
                .set(AUDIT_LOG.USERNAME, "alice")
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.SUMMARY, "before the rename")
                .execute();
    }
}
