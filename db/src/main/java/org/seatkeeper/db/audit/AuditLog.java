package org.seatkeeper.db.audit;

import static org.jooq.impl.DSL.noCondition;
import static org.seatkeeper.db.jooq.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.seatkeeper.db.TextSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

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

    public void record(String username, String action, String entityType, Object entityId, String summary,
                       String beforeState, String afterState) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, clock.instant())
                .set(AUDIT_LOG.USERNAME, username)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId == null ? null : String.valueOf(entityId))
                .set(AUDIT_LOG.SUMMARY, truncate(summary, 1000))
                .set(AUDIT_LOG.BEFORE_STATE, beforeState)
                .set(AUDIT_LOG.AFTER_STATE, afterState)
                .execute();
    }

    public void record(String username, String action, String entityType, Object entityId, String summary) {
        record(username, action, entityType, entityId, summary, null, null);
    }

    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(conditionFor(filter))
                .orderBy(AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(AuditLog::toEntry);
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, conditionFor(filter));
    }

    public List<String> entityTypes() {
        return dsl.selectDistinct(AUDIT_LOG.ENTITY_TYPE).from(AUDIT_LOG).orderBy(AUDIT_LOG.ENTITY_TYPE).fetch(AUDIT_LOG.ENTITY_TYPE);
    }

    private static Condition conditionFor(AuditFilter filter) {
        Condition condition = noCondition();
        if (filter.username() != null && !filter.username().isBlank()) {
            condition = condition.and(AUDIT_LOG.USERNAME.eq(filter.username()));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            condition = condition.and(AUDIT_LOG.ENTITY_TYPE.eq(filter.entityType()));
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

    private static AuditEntry toEntry(Record r) {
        return new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.OCCURRED_AT), r.get(AUDIT_LOG.USERNAME),
                r.get(AUDIT_LOG.ACTION), r.get(AUDIT_LOG.ENTITY_TYPE), r.get(AUDIT_LOG.ENTITY_ID),
                r.get(AUDIT_LOG.SUMMARY), r.get(AUDIT_LOG.BEFORE_STATE), r.get(AUDIT_LOG.AFTER_STATE));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
