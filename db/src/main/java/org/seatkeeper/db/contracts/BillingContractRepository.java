package org.seatkeeper.db.contracts;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.BillingCycle;

public final class BillingContractRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public BillingContractRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<BillingContract> findById(long id) {
        return dsl.selectFrom(BILLING_CONTRACT).where(BILLING_CONTRACT.ID.eq(id))
                .fetchOptional(BillingContractRepository::toContract);
    }

    public List<BillingContract> findByCustomer(long customerId) {
        return dsl.selectFrom(BILLING_CONTRACT)
                .where(BILLING_CONTRACT.CUSTOMER_ID.eq(customerId))
                .orderBy(BILLING_CONTRACT.ID)
                .fetch(BillingContractRepository::toContract);
    }

    public long insert(long customerId, ContractTerms terms, boolean needsReview) {
        return dsl.insertInto(BILLING_CONTRACT)
                .set(BILLING_CONTRACT.CUSTOMER_ID, customerId)
                .set(BILLING_CONTRACT.NAME, terms.name())
                .set(BILLING_CONTRACT.CURRENCY, terms.currency())
                .set(BILLING_CONTRACT.BILLING_CYCLE, terms.billingCycle().name())
                .set(BILLING_CONTRACT.BILLING_DAY, terms.billingDay())
                .set(BILLING_CONTRACT.START_DATE, terms.startDate())
                .set(BILLING_CONTRACT.PSA_AGREEMENT_REF, terms.psaAgreementRef())
                .set(BILLING_CONTRACT.NEEDS_REVIEW, needsReview)
                .set(BILLING_CONTRACT.CREATED_AT, clock.instant())
                .returning(BILLING_CONTRACT.ID)
                .fetchOne(BILLING_CONTRACT.ID);
    }

    /**
     * The customer's active contract in that currency (the oldest when there are several), created for a sync
     * when there is none: monthly, billed on the 1st, starting {@code startDate}, flagged for review.
     */
    public long findOrCreateForCurrency(long customerId, String currency, LocalDate startDate) {
        Optional<Long> existing = dsl.select(BILLING_CONTRACT.ID)
                .from(BILLING_CONTRACT)
                .where(BILLING_CONTRACT.CUSTOMER_ID.eq(customerId))
                .and(BILLING_CONTRACT.CURRENCY.eq(currency))
                .and(BILLING_CONTRACT.STATUS.eq(ContractStatus.ACTIVE.name()))
                .orderBy(BILLING_CONTRACT.ID)
                .limit(1)
                .fetchOptional(BILLING_CONTRACT.ID);
        return existing.orElseGet(() -> insert(customerId,
                new ContractTerms(currency + " subscriptions", currency, BillingCycle.MONTHLY, 1, startDate, null),
                true));
    }

    /** Saves the terms, status and review flag; refused when someone changed the contract meanwhile. */
    public void update(long id, ContractTerms terms, ContractStatus status, boolean needsReview, int expectedVersion) {
        int rows = dsl.update(BILLING_CONTRACT)
                .set(BILLING_CONTRACT.NAME, terms.name())
                .set(BILLING_CONTRACT.CURRENCY, terms.currency())
                .set(BILLING_CONTRACT.BILLING_CYCLE, terms.billingCycle().name())
                .set(BILLING_CONTRACT.BILLING_DAY, terms.billingDay())
                .set(BILLING_CONTRACT.START_DATE, terms.startDate())
                .set(BILLING_CONTRACT.PSA_AGREEMENT_REF, terms.psaAgreementRef())
                .set(BILLING_CONTRACT.STATUS, status.name())
                .set(BILLING_CONTRACT.NEEDS_REVIEW, needsReview)
                .set(BILLING_CONTRACT.VERSION, BILLING_CONTRACT.VERSION.plus(1))
                .where(BILLING_CONTRACT.ID.eq(id))
                .and(BILLING_CONTRACT.VERSION.eq(expectedVersion))
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("This billing contract");
        }
    }

    /** Contracts with their customer and subscription counts; {@code customerId} null means all customers. */
    public List<ContractSummary> list(Long customerId, boolean needsReviewOnly, int offset, int limit) {
        Field<Integer> subscriptions = DSL.count(SUBSCRIPTION.ID).as("subscriptions");
        Field<Integer> active = DSL.count(when(SUBSCRIPTION.STATUS.eq("ACTIVE"), SUBSCRIPTION.ID)).as("active");
        return dsl.select(BILLING_CONTRACT.asterisk(), CUSTOMER.NAME, subscriptions, active)
                .from(BILLING_CONTRACT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .leftJoin(SUBSCRIPTION).on(SUBSCRIPTION.CONTRACT_ID.eq(BILLING_CONTRACT.ID))
                .where(listCondition(customerId, needsReviewOnly))
                .groupBy(groupByContractAndCustomerName())
                .orderBy(CUSTOMER.NAME, BILLING_CONTRACT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ContractSummary(toContract(r), r.get(CUSTOMER.NAME), r.get(subscriptions),
                        r.get(active)));
    }

    public int count(Long customerId, boolean needsReviewOnly) {
        return dsl.fetchCount(BILLING_CONTRACT, listCondition(customerId, needsReviewOnly));
    }

    private static List<Field<?>> groupByContractAndCustomerName() {
        List<Field<?>> fields = new ArrayList<>(List.of(BILLING_CONTRACT.fields()));
        fields.add(CUSTOMER.NAME);
        return fields;
    }

    private static Condition listCondition(Long customerId, boolean needsReviewOnly) {
        Condition condition = noCondition();
        if (customerId != null) {
            condition = condition.and(BILLING_CONTRACT.CUSTOMER_ID.eq(customerId));
        }
        if (needsReviewOnly) {
            condition = condition.and(BILLING_CONTRACT.NEEDS_REVIEW.isTrue());
        }
        return condition;
    }

    static BillingContract toContract(Record r) {
        return new BillingContract(r.get(BILLING_CONTRACT.ID), r.get(BILLING_CONTRACT.CUSTOMER_ID),
                r.get(BILLING_CONTRACT.NAME), r.get(BILLING_CONTRACT.CURRENCY),
                BillingCycle.valueOf(r.get(BILLING_CONTRACT.BILLING_CYCLE)), r.get(BILLING_CONTRACT.BILLING_DAY),
                r.get(BILLING_CONTRACT.START_DATE), r.get(BILLING_CONTRACT.PSA_AGREEMENT_REF),
                ContractStatus.valueOf(r.get(BILLING_CONTRACT.STATUS)), r.get(BILLING_CONTRACT.NEEDS_REVIEW),
                r.get(BILLING_CONTRACT.CREATED_AT), r.get(BILLING_CONTRACT.VERSION));
    }
}
