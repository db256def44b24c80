package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.seatkeeper.db.jooq.tables.MismatchFinding;

/** Reads findings for the report, its CSV export, the dashboard, the morning report and the customer page. */
public final class FindingQuery {

    private static final MismatchFinding F = MISMATCH_FINDING;
    private static final List<SortField<?>> ORDER = List.of(F.MONEY_AT_STAKE.desc().nullsLast(),
            F.CHECK_KIND.asc(), CUSTOMER.NAME.asc().nullsFirst(), F.ID.asc());

    private final DSLContext dsl;

    public FindingQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of open findings, by money at stake (largest first). */
    public List<Finding> page(FindingFilter filter, int offset, int limit) {
        return select().where(filter.condition()).orderBy(ORDER).offset(offset).limit(limit)
                .fetch(FindingQuery::toFinding);
    }

    public int count(FindingFilter filter) {
        return dsl.fetchCount(F, filter.condition());
    }

    public Optional<Finding> find(long id) {
        return select().where(F.ID.eq(id)).fetchOptional(FindingQuery::toFinding);
    }

    /** Every finding the filter shows, streamed in the report's order (for the CSV export: never all in memory). */
    public void forEach(FindingFilter filter, Consumer<Finding> consumer) {
        try (Cursor<Record> cursor = select().where(filter.condition()).orderBy(ORDER).fetchSize(500).fetchLazy()) {
            for (Record r : cursor) {
                consumer.accept(toFinding(r));
            }
        }
    }

    /**
     * The findings grouped by check and customer, the groups with the most money at stake first within a check. An
     * acknowledged finding counts apart: out of the group's open findings and money at stake.
     */
    public List<FindingGroup> groups(FindingFilter filter) {
        Field<Integer> open = org.jooq.impl.DSL.count(when(F.ACKNOWLEDGED_BY.isNull(), inline(1)));
        Field<Integer> acknowledged = org.jooq.impl.DSL.count(F.ACKNOWLEDGED_BY);
        Field<BigDecimal> money = sum(when(F.ACKNOWLEDGED_BY.isNull(), F.MONEY_AT_STAKE));
        Map<List<Object>, FindingGroup> groups = new LinkedHashMap<>();
        dsl.select(F.CHECK_KIND, F.CUSTOMER_ID, CUSTOMER.NAME, F.CURRENCY, open, acknowledged, money)
                .from(F)
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(F.CUSTOMER_ID))
                .where(filter.condition())
                .groupBy(F.CHECK_KIND, F.CUSTOMER_ID, CUSTOMER.NAME, F.CURRENCY)
                .orderBy(F.CHECK_KIND, money.desc().nullsLast(), CUSTOMER.NAME.nullsFirst())
                .forEach(r -> {
                    List<Object> key = java.util.Arrays.asList(r.get(F.CHECK_KIND), r.get(F.CUSTOMER_ID));
                    FindingGroup old = groups.get(key);
                    Map<String, BigDecimal> byCurrency = new TreeMap<>(old == null ? Map.of() : old.moneyByCurrency());
                    if (r.get(F.CURRENCY) != null && r.get(money) != null) {
                        byCurrency.merge(r.get(F.CURRENCY), r.get(money), BigDecimal::add);
                    }
                    groups.put(key, new FindingGroup(CheckKind.valueOf(r.get(F.CHECK_KIND)), r.get(F.CUSTOMER_ID),
                            r.get(CUSTOMER.NAME), (old == null ? 0 : old.findings()) + r.get(open),
                            (old == null ? 0 : old.acknowledged()) + r.get(acknowledged), byCurrency));
                });
        return new ArrayList<>(groups.values());
    }

    /**
     * Open findings and money at stake over everything the filter shows; acknowledged findings and their money are
     * counted apart (a person has seen them and said why: they are no longer work to do).
     */
    public MismatchTotals totals(FindingFilter filter) {
        Field<Integer> findings = org.jooq.impl.DSL.count(when(F.ACKNOWLEDGED_BY.isNull(), inline(1)));
        Field<Integer> acknowledged = org.jooq.impl.DSL.count(F.ACKNOWLEDGED_BY);
        Field<BigDecimal> money = sum(when(F.ACKNOWLEDGED_BY.isNull(), F.MONEY_AT_STAKE));
        Field<BigDecimal> acknowledgedMoney = sum(when(F.ACKNOWLEDGED_BY.isNotNull(), F.MONEY_AT_STAKE));
        int open = 0;
        int acks = 0;
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        Map<String, BigDecimal> acknowledgedByCurrency = new TreeMap<>();
        for (var r : dsl.select(F.CURRENCY, findings, acknowledged, money, acknowledgedMoney).from(F)
                .where(filter.condition()).groupBy(F.CURRENCY).fetch()) {
            open += r.get(findings);
            acks += r.get(acknowledged);
            if (r.get(F.CURRENCY) != null && r.get(money) != null) {
                byCurrency.put(r.get(F.CURRENCY), r.get(money));
            }
            if (r.get(F.CURRENCY) != null && r.get(acknowledgedMoney) != null) {
                acknowledgedByCurrency.put(r.get(F.CURRENCY), r.get(acknowledgedMoney));
            }
        }
        return new MismatchTotals(open, acks, byCurrency, acknowledgedByCurrency);
    }

    /** The providers that have open findings, by name. */
    public List<FilterOption> providers() {
        return dsl.selectDistinct(PROVIDER.ID, PROVIDER.NAME).from(F).join(PROVIDER).on(PROVIDER.ID.eq(F.PROVIDER_ID))
                .where(F.RESOLVED_AT.isNull()).orderBy(PROVIDER.NAME)
                .fetch(r -> new FilterOption(r.get(PROVIDER.ID), r.get(PROVIDER.NAME)));
    }

    /** The customers that have open findings, by name. */
    public List<FilterOption> customers() {
        return dsl.selectDistinct(CUSTOMER.ID, CUSTOMER.NAME).from(F).join(CUSTOMER).on(CUSTOMER.ID.eq(F.CUSTOMER_ID))
                .where(F.RESOLVED_AT.isNull()).orderBy(CUSTOMER.NAME)
                .fetch(r -> new FilterOption(r.get(CUSTOMER.ID), r.get(CUSTOMER.NAME)));
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(F.fields())
                .select(PROVIDER.NAME, CUSTOMER.NAME)
                .from(F)
                .leftJoin(PROVIDER).on(PROVIDER.ID.eq(F.PROVIDER_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(F.CUSTOMER_ID));
    }

    private static Finding toFinding(Record r) {
        return new Finding(r.get(F.ID), CheckKind.valueOf(r.get(F.CHECK_KIND)), SubjectType.valueOf(r.get(F.SUBJECT_TYPE)),
                r.get(F.SUBJECT_ID), r.get(F.SUBJECT_NAME), r.get(F.PROVIDER_ID), r.get(PROVIDER.NAME),
                r.get(F.CUSTOMER_ID), r.get(CUSTOMER.NAME), r.get(F.SUBSCRIPTION_ID), r.get(F.PROVIDER_ACCOUNT_ID),
                r.get(F.PRODUCT_ID), r.get(F.PROVIDER_QUANTITY), r.get(F.SEATKEEPER_QUANTITY), r.get(F.LOG_QUANTITY),
                r.get(F.BILLED_QUANTITY), r.get(F.ENABLED_UNITS), r.get(F.ASSIGNED_UNITS), r.get(F.PROVIDER_STATUS),
                r.get(F.SEATKEEPER_STATUS), Direction.valueOf(r.get(F.DIRECTION)), r.get(F.QUANTITY_DIFFERENCE),
                r.get(F.UNIT_PRICE), r.get(F.CURRENCY), r.get(F.MONEY_AT_STAKE), r.get(F.DETAIL),
                r.get(F.FIRST_SEEN_ON), r.get(F.LAST_SEEN_ON), r.get(F.RESOLVED_AT), r.get(F.ACKNOWLEDGED_BY),
                r.get(F.ACKNOWLEDGED_AT), r.get(F.ACKNOWLEDGEMENT_NOTE));
    }
}
