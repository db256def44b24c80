package org.seatkeeper.db.audit;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;
import static org.seatkeeper.db.jooq.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.seatkeeper.db.TextSearch;

/**
 * Writes and reads the audit log. Callers write inside the same transaction as the change itself,
 * so a change and its audit entry commit together.
 */
public final class AuditLog {

    private final DSLContext dsl;
    private final Clock clock;

    public AuditLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** An entry with the record's state before and after (either null: created, removed, or not worth keeping). */
    public void record(String username, AuditAction action, AuditEntity entity, Object entityId, String summary,
                       AuditState before, AuditState after) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, clock.instant())
                .set(AUDIT_LOG.USERNAME, username)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.ENTITY_TYPE, entity.name())
                .set(AUDIT_LOG.ENTITY_ID, entityId == null ? null : String.valueOf(entityId))
                .set(AUDIT_LOG.SUMMARY, truncate(summary, 1000))
                .set(AUDIT_LOG.BEFORE_STATE, before == null ? null : before.json())
                .set(AUDIT_LOG.AFTER_STATE, after == null ? null : after.json())
                .execute();
    }

    public void record(String username, AuditAction action, AuditEntity entity, Object entityId, String summary) {
        record(username, action, entity, entityId, summary, null, null);
    }

    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return dsl.select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.USERNAME, AUDIT_LOG.ACTION,
                        AUDIT_LOG.ENTITY_TYPE, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.SUMMARY, AUDIT_LOG.BEFORE_STATE,
                        AUDIT_LOG.AFTER_STATE)
                .from(AUDIT_LOG)
                .where(conditionFor(filter))
                .orderBy(AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(mapping(AuditEntry::new));
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, conditionFor(filter));
    }

    private static Condition conditionFor(AuditFilter filter) {
        Condition condition = noCondition();
        if (filter.username() != null && !filter.username().isBlank()) {
            condition = condition.and(AUDIT_LOG.USERNAME.eq(filter.username()));
        }
        if (filter.entity() != null) {
            condition = condition.and(AUDIT_LOG.ENTITY_TYPE.eq(filter.entity().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(TextSearch.contains(AUDIT_LOG.SUMMARY, filter.text()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.ge(filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return condition;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
