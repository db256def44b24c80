package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_CHECK_RUN;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_NIGHT;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_NIGHT_MONEY;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/** What each run did per check, and one line per night (open findings, money at stake per currency). */
public final class MismatchHistoryRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public MismatchHistoryRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void recordCheck(CheckKind check, long runId, LocalDate businessDate, String skipReason) {
        dsl.mergeInto(MISMATCH_CHECK_RUN)
                .using(select(val(check.name()).as("check_kind")))
                .on(MISMATCH_CHECK_RUN.CHECK_KIND.eq(check.name()))
                .whenMatchedThenUpdate()
                .set(MISMATCH_CHECK_RUN.RUN_ID, runId)
                .set(MISMATCH_CHECK_RUN.BUSINESS_DATE, businessDate)
                .set(MISMATCH_CHECK_RUN.SKIPPED, skipReason != null)
                .set(MISMATCH_CHECK_RUN.SKIP_REASON, skipReason)
                .set(MISMATCH_CHECK_RUN.CHECKED_AT, clock.instant())
                .whenNotMatchedThenInsert(MISMATCH_CHECK_RUN.CHECK_KIND, MISMATCH_CHECK_RUN.RUN_ID,
                        MISMATCH_CHECK_RUN.BUSINESS_DATE, MISMATCH_CHECK_RUN.SKIPPED, MISMATCH_CHECK_RUN.SKIP_REASON,
                        MISMATCH_CHECK_RUN.CHECKED_AT)
                .values(val(check.name()), val(runId), val(businessDate), val(skipReason != null), val(skipReason),
                        val(clock.instant()))
                .execute();
    }

    public List<CheckRun> checkRuns() {
        return dsl.selectFrom(MISMATCH_CHECK_RUN).orderBy(MISMATCH_CHECK_RUN.CHECK_KIND)
                .fetch(r -> new CheckRun(CheckKind.valueOf(r.getCheckKind()), r.getRunId(), r.getBusinessDate(),
                        r.getSkipped(), r.getSkipReason(), r.getCheckedAt()));
    }

    /** Snapshots tonight's open findings and money per currency, set-based; a rerun of the day replaces it. */
    public void recordNight(long runId, LocalDate businessDate) {
        var f = MISMATCH_FINDING;
        int open = dsl.fetchCount(f, f.RESOLVED_AT.isNull());
        int fresh = dsl.fetchCount(f, f.RESOLVED_AT.isNull().and(f.FIRST_RUN_ID.eq(runId)));
        int resolved = dsl.fetchCount(f, f.RESOLVED_ON.eq(businessDate));
        dsl.deleteFrom(MISMATCH_NIGHT).where(MISMATCH_NIGHT.BUSINESS_DATE.eq(businessDate)).execute();
        dsl.insertInto(MISMATCH_NIGHT)
                .set(MISMATCH_NIGHT.BUSINESS_DATE, businessDate)
                .set(MISMATCH_NIGHT.RUN_ID, runId)
                .set(MISMATCH_NIGHT.OPEN_FINDINGS, open)
                .set(MISMATCH_NIGHT.NEW_FINDINGS, fresh)
                .set(MISMATCH_NIGHT.RESOLVED_FINDINGS, resolved)
                .set(MISMATCH_NIGHT.COMPUTED_AT, clock.instant())
                .execute();
        dsl.insertInto(MISMATCH_NIGHT_MONEY, MISMATCH_NIGHT_MONEY.BUSINESS_DATE, MISMATCH_NIGHT_MONEY.CURRENCY,
                        MISMATCH_NIGHT_MONEY.OPEN_FINDINGS, MISMATCH_NIGHT_MONEY.MONEY_AT_STAKE)
                .select(select(val(businessDate), f.CURRENCY, count(), sum(f.MONEY_AT_STAKE))
                        .from(f)
                        .where(f.RESOLVED_AT.isNull())
                        .and(f.CURRENCY.isNotNull())
                        .and(f.MONEY_AT_STAKE.isNotNull())
                        .groupBy(f.CURRENCY))
                .execute();
    }

    /** The nights in [from, to], oldest first. */
    public List<MismatchNight> nights(LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, BigDecimal>> money = new HashMap<>();
        dsl.selectFrom(MISMATCH_NIGHT_MONEY)
                .where(MISMATCH_NIGHT_MONEY.BUSINESS_DATE.between(from, to))
                .forEach(r -> money.computeIfAbsent(r.getBusinessDate(), d -> new TreeMap<>())
                        .put(r.getCurrency(), r.getMoneyAtStake()));
        return dsl.selectFrom(MISMATCH_NIGHT)
                .where(MISMATCH_NIGHT.BUSINESS_DATE.between(from, to))
                .orderBy(MISMATCH_NIGHT.BUSINESS_DATE)
                .fetch(r -> toNight(r, money.getOrDefault(r.get(MISMATCH_NIGHT.BUSINESS_DATE), Map.of())));
    }

    /** The latest night on or before {@code date}. */
    public Optional<MismatchNight> latestOnOrBefore(LocalDate date) {
        return dsl.selectFrom(MISMATCH_NIGHT)
                .where(MISMATCH_NIGHT.BUSINESS_DATE.le(date))
                .orderBy(MISMATCH_NIGHT.BUSINESS_DATE.desc())
                .limit(inline(1))
                .fetchOptional(r -> toNight(r, moneyOf(r.getBusinessDate())));
    }

    private Map<String, BigDecimal> moneyOf(LocalDate date) {
        Map<String, BigDecimal> money = new TreeMap<>();
        dsl.selectFrom(MISMATCH_NIGHT_MONEY).where(MISMATCH_NIGHT_MONEY.BUSINESS_DATE.eq(date))
                .forEach(r -> money.put(r.getCurrency(), r.getMoneyAtStake()));
        return money;
    }

    private static MismatchNight toNight(Record r, Map<String, BigDecimal> money) {
        return new MismatchNight(r.get(MISMATCH_NIGHT.BUSINESS_DATE), r.get(MISMATCH_NIGHT.RUN_ID),
                r.get(MISMATCH_NIGHT.OPEN_FINDINGS), r.get(MISMATCH_NIGHT.NEW_FINDINGS),
                r.get(MISMATCH_NIGHT.RESOLVED_FINDINGS), money);
    }
}
