package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;
import static org.seatkeeper.db.mismatch.CandidateFields.column;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;
import org.seatkeeper.db.jooq.tables.MismatchFinding;

/**
 * Writes findings. Every statement is set-based: a check's candidate query is merged into the findings in one
 * MERGE (new ones inserted, known ones updated, resolved ones reopened), and what a run no longer found is resolved
 * with one UPDATE. Idempotent: merging the same candidates again in the same run changes nothing that matters.
 */
public final class MismatchFindingRepository {

    private static final MismatchFinding F = MISMATCH_FINDING;

    private final DSLContext dsl;
    private final Clock clock;

    public MismatchFindingRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Merges one check's candidates; returns the rows the database touched. */
    public int merge(Select<?> candidates, long runId, LocalDate businessDate) {
        Table<?> c = candidates.asTable("c");
        Instant now = clock.instant();
        Field<Integer> difference = column(c, "difference", Integer.class);
        Field<BigDecimal> price = column(c, "unit_price", BigDecimal.class);
        Field<BigDecimal> money = SubscriptionChecks.moneyAtStake(difference, price);
        Condition reopened = F.RESOLVED_AT.isNotNull();
        return dsl.mergeInto(F)
                .using(c)
                .on(F.CHECK_KIND.eq(column(c, "check_kind", String.class))
                        .and(F.SUBJECT_TYPE.eq(column(c, "subject_type", String.class)))
                        .and(F.SUBJECT_ID.eq(column(c, "subject_id", Long.class))))
                .whenMatchedThenUpdate()
                .set(F.SUBJECT_NAME, column(c, "subject_name", String.class))
                .set(F.PROVIDER_ID, column(c, "provider_id", Long.class))
                .set(F.CUSTOMER_ID, column(c, "customer_id", Long.class))
                .set(F.SUBSCRIPTION_ID, column(c, "subscription_id", Long.class))
                .set(F.PROVIDER_ACCOUNT_ID, column(c, "provider_account_id", Long.class))
                .set(F.PRODUCT_ID, column(c, "product_id", Long.class))
                .set(F.PROVIDER_QUANTITY, column(c, "p", Integer.class))
                .set(F.SEATKEEPER_QUANTITY, column(c, "s", Integer.class))
                .set(F.LOG_QUANTITY, column(c, "l", Integer.class))
                .set(F.BILLED_QUANTITY, column(c, "b", Integer.class))
                .set(F.ENABLED_UNITS, column(c, "e", Integer.class))
                .set(F.ASSIGNED_UNITS, column(c, "a", Integer.class))
                .set(F.PROVIDER_STATUS, column(c, "provider_status", String.class))
                .set(F.SEATKEEPER_STATUS, column(c, "seatkeeper_status", String.class))
                .set(F.DIRECTION, column(c, "direction", String.class))
                .set(F.QUANTITY_DIFFERENCE, difference)
                .set(F.UNIT_PRICE, price)
                .set(F.CURRENCY, column(c, "currency", String.class))
                .set(F.MONEY_AT_STAKE, money)
                .set(F.DETAIL, column(c, "detail", String.class))
                // a finding that comes back after it was resolved is a new finding: first seen again, not acknowledged
                .set(F.FIRST_SEEN_AT, when(reopened, val(now)).otherwise(F.FIRST_SEEN_AT))
                .set(F.FIRST_SEEN_ON, when(reopened, val(businessDate)).otherwise(F.FIRST_SEEN_ON))
                .set(F.FIRST_RUN_ID, when(reopened, val(runId)).otherwise(F.FIRST_RUN_ID))
                .set(F.ACKNOWLEDGED_BY, when(reopened, inline((String) null)).otherwise(F.ACKNOWLEDGED_BY))
                .set(F.ACKNOWLEDGED_AT, when(reopened, val((Instant) null, F.ACKNOWLEDGED_AT)).otherwise(F.ACKNOWLEDGED_AT))
                .set(F.ACKNOWLEDGEMENT_NOTE, when(reopened, inline((String) null)).otherwise(F.ACKNOWLEDGEMENT_NOTE))
                .set(F.LAST_SEEN_AT, now)
                .set(F.LAST_SEEN_ON, businessDate)
                .set(F.LAST_RUN_ID, runId)
                .setNull(F.RESOLVED_AT)
                .setNull(F.RESOLVED_ON)
                .set(F.VERSION, F.VERSION.plus(inline(1)))
                .whenNotMatchedThenInsert(F.CHECK_KIND, F.SUBJECT_TYPE, F.SUBJECT_ID, F.SUBJECT_NAME, F.PROVIDER_ID,
                        F.CUSTOMER_ID, F.SUBSCRIPTION_ID, F.PROVIDER_ACCOUNT_ID, F.PRODUCT_ID, F.PROVIDER_QUANTITY,
                        F.SEATKEEPER_QUANTITY, F.LOG_QUANTITY, F.BILLED_QUANTITY, F.ENABLED_UNITS, F.ASSIGNED_UNITS,
                        F.PROVIDER_STATUS, F.SEATKEEPER_STATUS, F.DIRECTION, F.QUANTITY_DIFFERENCE, F.UNIT_PRICE,
                        F.CURRENCY, F.MONEY_AT_STAKE, F.DETAIL, F.FIRST_SEEN_AT, F.FIRST_SEEN_ON, F.FIRST_RUN_ID,
                        F.LAST_SEEN_AT, F.LAST_SEEN_ON, F.LAST_RUN_ID)
                .values(column(c, "check_kind", String.class), column(c, "subject_type", String.class),
                        column(c, "subject_id", Long.class), column(c, "subject_name", String.class),
                        column(c, "provider_id", Long.class), column(c, "customer_id", Long.class),
                        column(c, "subscription_id", Long.class), column(c, "provider_account_id", Long.class),
                        column(c, "product_id", Long.class), column(c, "p", Integer.class),
                        column(c, "s", Integer.class), column(c, "l", Integer.class), column(c, "b", Integer.class),
                        column(c, "e", Integer.class), column(c, "a", Integer.class),
                        column(c, "provider_status", String.class), column(c, "seatkeeper_status", String.class),
                        column(c, "direction", String.class), difference, price,
                        column(c, "currency", String.class), money, column(c, "detail", String.class),
                        val(now), val(businessDate), val(runId), val(now), val(businessDate), val(runId))
                .execute();
    }

    /** Resolves the open findings of these checks that run {@code runId} did not find again; returns how many. */
    public int resolveUnseen(Collection<CheckKind> checks, long runId, LocalDate businessDate) {
        if (checks.isEmpty()) {
            return 0;
        }
        return dsl.update(F)
                .set(F.RESOLVED_AT, clock.instant())
                .set(F.RESOLVED_ON, businessDate)
                .set(F.VERSION, F.VERSION.plus(inline(1)))
                .where(F.CHECK_KIND.in(checks.stream().map(Enum::name).toList()))
                .and(F.RESOLVED_AT.isNull())
                .and(F.LAST_RUN_ID.ne(runId))
                .execute();
    }

    /** Marks an open finding as seen by a person, with a note; it stays in the report, marked. */
    public boolean acknowledge(long findingId, String username, String note) {
        return dsl.update(F)
                .set(F.ACKNOWLEDGED_BY, username)
                .set(F.ACKNOWLEDGED_AT, clock.instant())
                .set(F.ACKNOWLEDGEMENT_NOTE, note)
                .set(F.VERSION, F.VERSION.plus(inline(1)))
                .where(F.ID.eq(findingId))
                .and(F.RESOLVED_AT.isNull())
                .execute() == 1;
    }
}
