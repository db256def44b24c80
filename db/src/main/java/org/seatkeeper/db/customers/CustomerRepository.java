package org.seatkeeper.db.customers;

import static org.jooq.impl.DSL.noCondition;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.TextSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.paging.Page;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.paging.SortDirection;

/** Customers. Archived customers are kept (their history bills) and hidden from lists unless asked for. */
public final class CustomerRepository {

    private final DSLContext dsl;

    public CustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Page<Customer> search(CustomerQuery query, PageRequest page) {
        Condition condition = conditionFor(query);
        List<Customer> items = dsl.select(CUSTOMER.asterisk())
                .from(CUSTOMER)
                .where(condition)
                .orderBy(orderFor(query), CUSTOMER.ID.asc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(CustomerRepository::toCustomer);
        return new Page<>(items, count(query), page);
    }

    public int count(CustomerQuery query) {
        return dsl.fetchCount(CUSTOMER, conditionFor(query));
    }

    public Optional<Customer> find(long id) {
        return dsl.select(CUSTOMER.asterisk())
                .from(CUSTOMER)
                .where(CUSTOMER.ID.eq(id))
                .fetchOptional(CustomerRepository::toCustomer);
    }

    public long insert(CustomerDetails details, Instant now) {
        return dsl.insertInto(CUSTOMER)
                .set(CUSTOMER.NAME, details.name())
                .set(CUSTOMER.DOMAIN, details.domain())
                .set(CUSTOMER.ADDRESS_LINE1, details.addressLine1())
                .set(CUSTOMER.ADDRESS_LINE2, details.addressLine2())
                .set(CUSTOMER.CITY, details.city())
                .set(CUSTOMER.STATE, details.state())
                .set(CUSTOMER.POSTAL_CODE, details.postalCode())
                .set(CUSTOMER.COUNTRY, details.country())
                .set(CUSTOMER.PHONE, details.phone())
                .set(CUSTOMER.CREATED_AT, now)
                .set(CUSTOMER.UPDATED_AT, now)
                .returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
    }

    public void update(long id, CustomerDetails details, int expectedVersion, Instant now) {
        int rows = dsl.update(CUSTOMER)
                .set(CUSTOMER.NAME, details.name())
                .set(CUSTOMER.DOMAIN, details.domain())
                .set(CUSTOMER.ADDRESS_LINE1, details.addressLine1())
                .set(CUSTOMER.ADDRESS_LINE2, details.addressLine2())
                .set(CUSTOMER.CITY, details.city())
                .set(CUSTOMER.STATE, details.state())
                .set(CUSTOMER.POSTAL_CODE, details.postalCode())
                .set(CUSTOMER.COUNTRY, details.country())
                .set(CUSTOMER.PHONE, details.phone())
                .set(CUSTOMER.UPDATED_AT, now)
                .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
                .where(CUSTOMER.ID.eq(id))
                .and(CUSTOMER.VERSION.eq(expectedVersion))
                .execute();
        requireOne(rows);
    }

    public void archive(long id, int expectedVersion, Instant now) {
        setStatus(id, "ARCHIVED", expectedVersion, now);
    }

    public void restore(long id, int expectedVersion, Instant now) {
        setStatus(id, "ACTIVE", expectedVersion, now);
    }

    private void setStatus(long id, String status, int expectedVersion, Instant now) {
        int rows = dsl.update(CUSTOMER)
                .set(CUSTOMER.STATUS, status)
                .set(CUSTOMER.UPDATED_AT, now)
                .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
                .where(CUSTOMER.ID.eq(id))
                .and(CUSTOMER.VERSION.eq(expectedVersion))
                .execute();
        requireOne(rows);
    }

    private static Condition conditionFor(CustomerQuery query) {
        Condition condition = noCondition();
        if (!query.includeArchived()) {
            condition = condition.and(CUSTOMER.STATUS.eq("ACTIVE"));
        }
        if (query.text() != null) {
            condition = condition.and(TextSearch.contains(CUSTOMER.NAME, query.text())
                    .or(TextSearch.contains(CUSTOMER.DOMAIN, query.text())));
        }
        return condition;
    }

    private static SortField<?> orderFor(CustomerQuery query) {
        Field<?> field = switch (query.sort()) {
            case NAME -> CUSTOMER.NAME;
            case DOMAIN -> CUSTOMER.DOMAIN;
            case CREATED -> CUSTOMER.CREATED_AT;
        };
        return query.direction() == SortDirection.ASC ? field.asc().nullsLast() : field.desc().nullsLast();
    }

    private static void requireOne(int rows) {
        if (rows == 0) {
            throw new OptimisticLockException("This customer");
        }
    }

    private static Customer toCustomer(Record r) {
        CustomerDetails details = new CustomerDetails(r.get(CUSTOMER.NAME), r.get(CUSTOMER.DOMAIN),
                r.get(CUSTOMER.ADDRESS_LINE1), r.get(CUSTOMER.ADDRESS_LINE2), r.get(CUSTOMER.CITY),
                r.get(CUSTOMER.STATE), r.get(CUSTOMER.POSTAL_CODE), r.get(CUSTOMER.COUNTRY), r.get(CUSTOMER.PHONE));
        return new Customer(r.get(CUSTOMER.ID), details, r.get(CUSTOMER.STATUS), r.get(CUSTOMER.CREATED_AT),
                r.get(CUSTOMER.UPDATED_AT), r.get(CUSTOMER.VERSION));
    }
}
