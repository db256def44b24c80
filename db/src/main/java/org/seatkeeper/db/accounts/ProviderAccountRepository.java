package org.seatkeeper.db.accounts;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.TextSearch;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.seatkeeper.db.paging.Page;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.paging.SortDirection;

/**
 * Provider accounts for people: the accounts page (filter, search, sort, page, counts) and lookups. Mapping an account
 * to a customer goes through {@link AccountMappings}; the nightly sync writes through
 * {@link ProviderAccountSyncRepository}.
 */
public final class ProviderAccountRepository {

    /** An ACTIVE account was seen by the provider's last completed sync even if its row was not rewritten. */
    private static final Field<Instant> LAST_SEEN = when(PROVIDER_ACCOUNT.STATUS.eq("ACTIVE")
            .and(PROVIDER.ACCOUNTS_SYNCED_AT.isNotNull()),
            greatest(PROVIDER_ACCOUNT.LAST_SEEN_AT, PROVIDER.ACCOUNTS_SYNCED_AT))
            .otherwise(PROVIDER_ACCOUNT.LAST_SEEN_AT);

    private final DSLContext dsl;

    public ProviderAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One page of accounts. The page's ids are chosen from the accounts table alone (customers and providers are
     * joined only when the search or the sort needs them), sorted on an index of the same columns (V52), and only
     * those ids are then read with their names: with 10,000 accounts a page costs a few milliseconds, not a sort of
     * every row through the joins.
     */
    public Page<ProviderAccount> page(AccountQuery query, PageRequest page) {
        Condition condition = textAndProvider(query).and(conditionFor(query.filter()));
        int total = dsl.selectCount().from(sources(query)).where(condition).fetchSingle(0, int.class);
        return new Page<>(items(query, page), total, page);
    }

    /** The accounts of one page without counting them all (the accounts page knows the total from its tabs). */
    public List<ProviderAccount> items(AccountQuery query, PageRequest page) {
        Condition condition = textAndProvider(query).and(conditionFor(query.filter()));
        List<Long> ids = dsl.select(PROVIDER_ACCOUNT.ID)
                .from(sources(query))
                .where(condition)
                .orderBy(orderFor(query))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(PROVIDER_ACCOUNT.ID);
        return byIds(ids);
    }

    /** The accounts with these ids, in the order given (a page chosen by {@link AccountListing}). */
    public List<ProviderAccount> byIds(List<Long> ids) {
        Map<Long, ProviderAccount> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            selectAccounts().where(PROVIDER_ACCOUNT.ID.in(ids))
                    .forEach(r -> byId.put(r.get(PROVIDER_ACCOUNT.ID), toAccount(r)));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The accounts table, with customers and providers joined only when the search or the sort reads them. */
    private static org.jooq.Table<?> sources(AccountQuery query) {
        org.jooq.Table<?> table = PROVIDER_ACCOUNT;
        if (query.text() != null || query.sort() == AccountQuery.AccountSort.CUSTOMER) {
            table = table.leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(PROVIDER_ACCOUNT.CUSTOMER_ID));
        }
        if (query.sort() == AccountQuery.AccountSort.PROVIDER) {
            table = table.join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID));
        }
        return table;
    }

    /**
     * Counts for every tab under the query's provider and search text (its filter is ignored).
     * Written as COUNT(CASE WHEN ... THEN 1 END): jOOQ renders COUNT(*) FILTER (WHERE ...) natively for HSQLDB,
     * and HSQLDB 2.7 does not apply that filter to COUNT(*) (it counted every row as mapped).
     */
    public AccountCounts counts(AccountQuery query) {
        return dsl.select(count(),
                        countWhere(conditionFor(AccountFilter.MAPPED)),
                        countWhere(conditionFor(AccountFilter.UNMAPPED)),
                        countWhere(conditionFor(AccountFilter.INACTIVE)),
                        countWhere(conditionFor(AccountFilter.NEW)))
                .from(sources(query))
                .where(textAndProvider(query))
                .fetchSingle(r -> new AccountCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static org.jooq.AggregateFunction<Integer> countWhere(org.jooq.Condition condition) {
        return DSL.count(DSL.when(condition, DSL.inline(1)));
    }

    public Optional<ProviderAccount> find(long id) {
        return selectAccounts().where(PROVIDER_ACCOUNT.ID.eq(id)).fetchOptional(ProviderAccountRepository::toAccount);
    }

    public List<ProviderAccount> byCustomer(long customerId) {
        return selectAccounts()
                .where(PROVIDER_ACCOUNT.CUSTOMER_ID.eq(customerId))
                .orderBy(PROVIDER.NAME)
                .fetch(ProviderAccountRepository::toAccount);
    }

    private SelectJoinStep<Record> selectAccounts() {
        return dsl.select(PROVIDER_ACCOUNT.asterisk(), PROVIDER.NAME, CUSTOMER.NAME, LAST_SEEN)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(PROVIDER_ACCOUNT.CUSTOMER_ID));
    }

    private static Condition textAndProvider(AccountQuery query) {
        Condition condition = noCondition();
        if (query.providerId() != null) {
            condition = condition.and(PROVIDER_ACCOUNT.PROVIDER_ID.eq(query.providerId()));
        }
        if (query.text() != null) {
            condition = condition.and(TextSearch.contains(PROVIDER_ACCOUNT.COMPANY_NAME, query.text())
                    .or(TextSearch.contains(PROVIDER_ACCOUNT.DOMAIN, query.text()))
                    .or(TextSearch.contains(PROVIDER_ACCOUNT.TENANT_ID, query.text()))
                    .or(PROVIDER_ACCOUNT.EXTERNAL_ID.equalIgnoreCase(query.text()))
                    .or(TextSearch.contains(CUSTOMER.NAME, query.text())));
        }
        return condition;
    }

    static Condition conditionFor(AccountFilter filter) {
        Condition active = PROVIDER_ACCOUNT.STATUS.eq("ACTIVE");
        return switch (filter) {
            case ALL -> noCondition();
            case MAPPED -> PROVIDER_ACCOUNT.CUSTOMER_ID.isNotNull();
            case UNMAPPED -> active.and(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull());
            case INACTIVE -> PROVIDER_ACCOUNT.STATUS.eq("INACTIVE");
            case NEW -> active.and(PROVIDER_ACCOUNT.IS_NEW.isTrue());
        };
    }

    /** Sort column then id, both the same direction, so HSQLDB can walk the (column, id) index instead of sorting. */
    private static List<SortField<?>> orderFor(AccountQuery query) {
        Field<?> field = switch (query.sort()) {
            case COMPANY -> PROVIDER_ACCOUNT.COMPANY_NAME;
            case DOMAIN -> PROVIDER_ACCOUNT.DOMAIN;
            case PROVIDER -> PROVIDER.NAME;
            case CUSTOMER -> CUSTOMER.NAME;
            case FIRST_SEEN -> PROVIDER_ACCOUNT.FIRST_SEEN_AT;
            case STATUS -> PROVIDER_ACCOUNT.STATUS;
        };
        boolean ascending = query.direction() == SortDirection.ASC;
        // empty values explicitly first ascending and last descending: HSQLDB's default depends on the plan
        return List.of(ascending ? field.asc().nullsFirst() : field.desc().nullsLast(),
                ascending ? PROVIDER_ACCOUNT.ID.asc() : PROVIDER_ACCOUNT.ID.desc());
    }

    static ProviderAccount toAccount(Record r) {
        AccountAddress address = new AccountAddress(r.get(PROVIDER_ACCOUNT.ADDRESS_LINE1),
                r.get(PROVIDER_ACCOUNT.ADDRESS_LINE2), r.get(PROVIDER_ACCOUNT.CITY), r.get(PROVIDER_ACCOUNT.STATE),
                r.get(PROVIDER_ACCOUNT.POSTAL_CODE));
        return new ProviderAccount(r.get(PROVIDER_ACCOUNT.ID), r.get(PROVIDER_ACCOUNT.PROVIDER_ID), r.get(PROVIDER.NAME),
                r.get(PROVIDER_ACCOUNT.EXTERNAL_ID), r.get(PROVIDER_ACCOUNT.TENANT_ID), r.get(PROVIDER_ACCOUNT.DOMAIN),
                r.get(PROVIDER_ACCOUNT.COMPANY_NAME), r.get(PROVIDER_ACCOUNT.COUNTRY), address,
                r.get(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS), r.get(PROVIDER_ACCOUNT.STATUS),
                r.get(PROVIDER_ACCOUNT.IS_NEW), r.get(PROVIDER_ACCOUNT.CUSTOMER_ID), r.get(CUSTOMER.NAME),
                r.get(PROVIDER_ACCOUNT.MAPPED_AT), r.get(PROVIDER_ACCOUNT.MAPPED_BY),
                r.get(PROVIDER_ACCOUNT.FIRST_SEEN_AT), r.get(LAST_SEEN), r.get(PROVIDER_ACCOUNT.VERSION));
    }
}
