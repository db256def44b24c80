package org.seatkeeper.db.jobs;

import static org.seatkeeper.db.jooq.Tables.JOB_REJECTED_RECORD;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;

/** Items that jobs skipped, so a person can see what was left out of a run and why. */
public final class RejectedRecordRepository {

    private static final int MAX_REASON = 1000;

    private final DSLContext dsl;

    public RejectedRecordRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(long jobExecutionId, String stepName, String externalId, String reason, String rawRecord,
                       Instant now) {
        String text = reason == null || reason.isBlank() ? "No reason given" : reason;
        dsl.insertInto(JOB_REJECTED_RECORD)
                .set(JOB_REJECTED_RECORD.JOB_EXECUTION_ID, jobExecutionId)
                .set(JOB_REJECTED_RECORD.STEP_NAME, stepName)
                .set(JOB_REJECTED_RECORD.EXTERNAL_ID, externalId == null || externalId.length() <= 200
                        ? externalId : externalId.substring(0, 200))
                .set(JOB_REJECTED_RECORD.REASON, text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON))
                .set(JOB_REJECTED_RECORD.RAW_RECORD, rawRecord)
                .set(JOB_REJECTED_RECORD.RECORDED_AT, now)
                .execute();
    }

    /** The records rejected by any of these executions (e.g. every attempt of one run), oldest first. */
    public List<RejectedRecord> byExecutions(Collection<Long> jobExecutionIds) {
        return dsl.selectFrom(JOB_REJECTED_RECORD)
                .where(JOB_REJECTED_RECORD.JOB_EXECUTION_ID.in(jobExecutionIds))
                .orderBy(JOB_REJECTED_RECORD.ID)
                .fetch(r -> new RejectedRecord(r.getId(), r.getJobExecutionId(), r.getStepName(), r.getExternalId(),
                        r.getReason(), r.getRawRecord(), r.getRecordedAt()));
    }

    /** Per execution, how many records it rejected; executions without any are not in the map. */
    public java.util.Map<Long, Integer> countsByExecution(Collection<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return java.util.Map.of();
        }
        org.jooq.Field<Integer> count = org.jooq.impl.DSL.count();
        return dsl.select(JOB_REJECTED_RECORD.JOB_EXECUTION_ID, count)
                .from(JOB_REJECTED_RECORD)
                .where(JOB_REJECTED_RECORD.JOB_EXECUTION_ID.in(jobExecutionIds))
                .groupBy(JOB_REJECTED_RECORD.JOB_EXECUTION_ID)
                .fetchMap(JOB_REJECTED_RECORD.JOB_EXECUTION_ID, count);
    }

    public int countByExecutions(Collection<Long> jobExecutionIds) {
        return dsl.fetchCount(JOB_REJECTED_RECORD, JOB_REJECTED_RECORD.JOB_EXECUTION_ID.in(jobExecutionIds));
    }
}
