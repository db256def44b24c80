package org.seatkeeper.db.usage;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER_TENANT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.CustomerTenantRecord;

/** Which tenant each customer is, and how its license usage reads went. No transaction code. */
public final class CustomerTenantRepository {

    private static final int PROBLEM_LENGTH = 1000;

    private final DSLContext dsl;

    public CustomerTenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CustomerTenant> find(long customerId) {
        return dsl.selectFrom(CUSTOMER_TENANT).where(CUSTOMER_TENANT.CUSTOMER_ID.eq(customerId))
                .fetchOptional(CustomerTenantRepository::toTenant);
    }

    /** The customer the tenant is linked to, if any (a tenant is one customer's). */
    public Optional<Long> customerOfTenant(String tenantId) {
        return dsl.select(CUSTOMER_TENANT.CUSTOMER_ID).from(CUSTOMER_TENANT)
                .where(CUSTOMER_TENANT.TENANT_ID.equalIgnoreCase(tenantId)).fetchOptional(CUSTOMER_TENANT.CUSTOMER_ID);
    }

    public void link(long customerId, String tenantId, long accessProviderId, String actor, Instant now) {
        dsl.insertInto(CUSTOMER_TENANT)
                .set(CUSTOMER_TENANT.CUSTOMER_ID, customerId)
                .set(CUSTOMER_TENANT.TENANT_ID, tenantId)
                .set(CUSTOMER_TENANT.ACCESS_PROVIDER_ID, accessProviderId)
                .set(CUSTOMER_TENANT.LINKED_AT, now)
                .set(CUSTOMER_TENANT.LINKED_BY, actor)
                .execute();
    }

    /** Another tenant or partner tenant: the last read's outcome no longer applies. */
    public void relink(long customerId, String tenantId, long accessProviderId, String actor, Instant now, int expectedVersion) {
        int rows = dsl.update(CUSTOMER_TENANT)
                .set(CUSTOMER_TENANT.TENANT_ID, tenantId)
                .set(CUSTOMER_TENANT.ACCESS_PROVIDER_ID, accessProviderId)
                .set(CUSTOMER_TENANT.LINKED_AT, now)
                .set(CUSTOMER_TENANT.LINKED_BY, actor)
                .setNull(CUSTOMER_TENANT.USAGE_READ_AT)
                .setNull(CUSTOMER_TENANT.USAGE_PROBLEM)
                .set(CUSTOMER_TENANT.VERSION, CUSTOMER_TENANT.VERSION.plus(1))
                .where(CUSTOMER_TENANT.CUSTOMER_ID.eq(customerId))
                .and(CUSTOMER_TENANT.VERSION.eq(expectedVersion))
                .execute();
        if (rows != 1) {
            throw new OptimisticLockException("The customer's tenant link");
        }
    }

    /** Linked customers after {@code afterCustomerId}, by customer id: the license usage job's keyset pages. */
    public List<CustomerTenant> linkedAfter(long afterCustomerId, int limit) {
        return dsl.selectFrom(CUSTOMER_TENANT).where(CUSTOMER_TENANT.CUSTOMER_ID.gt(afterCustomerId))
                .orderBy(CUSTOMER_TENANT.CUSTOMER_ID).limit(limit).fetch(CustomerTenantRepository::toTenant);
    }

    /**
     * The next linked customers to read, by customer id (the job's keyset pages).
     *
     * @param onlyCustomer null for every linked customer
     */
    public List<UsageTarget> targetsAfter(long afterCustomerId, Long onlyCustomer, int limit) {
        Condition condition = CUSTOMER_TENANT.CUSTOMER_ID.gt(afterCustomerId);
        if (onlyCustomer != null) {
            condition = condition.and(CUSTOMER_TENANT.CUSTOMER_ID.eq(onlyCustomer));
        }
        return dsl.select(CUSTOMER_TENANT.CUSTOMER_ID, CUSTOMER_TENANT.TENANT_ID, CUSTOMER_TENANT.ACCESS_PROVIDER_ID,
                        PROVIDER_ACCOUNT.EXTERNAL_ID)
                .from(CUSTOMER_TENANT)
                .leftJoin(PROVIDER_ACCOUNT).on(PROVIDER_ACCOUNT.CUSTOMER_ID.eq(CUSTOMER_TENANT.CUSTOMER_ID)
                        .and(PROVIDER_ACCOUNT.PROVIDER_ID.eq(CUSTOMER_TENANT.ACCESS_PROVIDER_ID))
                        .and(PROVIDER_ACCOUNT.TENANT_ID.equalIgnoreCase(CUSTOMER_TENANT.TENANT_ID)))
                .where(condition)
                .orderBy(CUSTOMER_TENANT.CUSTOMER_ID)
                .limit(limit)
                .fetch(r -> new UsageTarget(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Every linked customer by name, with its present licenses' count and unassigned seats. */
    public List<LinkedTenant> list() {
        var licenses = org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;
        var count = DSL.count(licenses.ID);
        var unassigned = DSL.coalesce(DSL.sum(licenses.UNASSIGNED), java.math.BigDecimal.ZERO);
        return dsl.select(CUSTOMER_TENANT.CUSTOMER_ID, CUSTOMER.NAME, CUSTOMER_TENANT.TENANT_ID, PROVIDER.NAME,
                        CUSTOMER_TENANT.USAGE_READ_AT, CUSTOMER_TENANT.USAGE_PROBLEM, count, unassigned)
                .from(CUSTOMER_TENANT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_TENANT.CUSTOMER_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(CUSTOMER_TENANT.ACCESS_PROVIDER_ID))
                .leftJoin(licenses).on(licenses.CUSTOMER_ID.eq(CUSTOMER_TENANT.CUSTOMER_ID).and(licenses.PRESENT.isTrue()))
                .groupBy(CUSTOMER_TENANT.CUSTOMER_ID, CUSTOMER.NAME, CUSTOMER_TENANT.TENANT_ID, PROVIDER.NAME,
                        CUSTOMER_TENANT.USAGE_READ_AT, CUSTOMER_TENANT.USAGE_PROBLEM)
                .orderBy(CUSTOMER.NAME, CUSTOMER_TENANT.CUSTOMER_ID)
                .fetch(r -> new LinkedTenant(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8().intValue()));
    }

    public int countLinked() {
        return dsl.fetchCount(CUSTOMER_TENANT);
    }

    /** @param problem null when the read worked */
    public void recordRead(long customerId, Instant at, String problem) {
        dsl.update(CUSTOMER_TENANT)
                .set(CUSTOMER_TENANT.USAGE_READ_AT, at)
                .set(CUSTOMER_TENANT.USAGE_PROBLEM, problem == null || problem.length() <= PROBLEM_LENGTH ? problem
                        : problem.substring(0, PROBLEM_LENGTH))
                .where(CUSTOMER_TENANT.CUSTOMER_ID.eq(customerId))
                .execute();
    }

    private static CustomerTenant toTenant(CustomerTenantRecord r) {
        return new CustomerTenant(r.getCustomerId(), r.getTenantId(), r.getAccessProviderId(), r.getLinkedAt(),
                r.getLinkedBy(), r.getUsageReadAt(), r.getUsageProblem(), r.getVersion());
    }
}
