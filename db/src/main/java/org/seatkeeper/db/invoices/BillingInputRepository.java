package org.seatkeeper.db.invoices;

import static org.jooq.impl.DSL.noCondition;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.INVOICE;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.subscriptions.LicenseChangeType;

/**
 * What the billing run reads: active contracts, their subscriptions with products and prices, their whole logs, the
 * periods already invoiced and the open findings. Set-based: a few queries per batch of contracts, never one per row.
 */
public final class BillingInputRepository {

    private final DSLContext dsl;

    public BillingInputRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active contracts, of one customer or of all, by customer name. */
    public List<ContractToBill> activeContracts(Long customerId) {
        Condition ofCustomer = customerId == null ? noCondition() : BILLING_CONTRACT.CUSTOMER_ID.eq(customerId);
        return dsl.select(BILLING_CONTRACT.ID, BILLING_CONTRACT.CUSTOMER_ID, CUSTOMER.NAME, BILLING_CONTRACT.NAME,
                        BILLING_CONTRACT.CURRENCY, BILLING_CONTRACT.BILLING_CYCLE, BILLING_CONTRACT.BILLING_DAY,
                        BILLING_CONTRACT.START_DATE)
                .from(BILLING_CONTRACT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .where(BILLING_CONTRACT.STATUS.eq("ACTIVE"))
                .and(ofCustomer)
                .orderBy(CUSTOMER.NAME, BILLING_CONTRACT.NAME, BILLING_CONTRACT.ID)
                .fetch(r -> new ContractToBill(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().strip(),
                        BillingCycle.valueOf(r.value6()), r.value7(), r.value8()));
    }

    /** The customers that have an active contract, by name: whom a run can be narrowed to. */
    public List<CustomerToBill> customers() {
        return dsl.selectDistinct(CUSTOMER.ID, CUSTOMER.NAME)
                .from(CUSTOMER)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.CUSTOMER_ID.eq(CUSTOMER.ID))
                .where(BILLING_CONTRACT.STATUS.eq("ACTIVE"))
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID)
                .fetch(r -> new CustomerToBill(r.value1(), r.value2()));
    }

    public List<ContractToBill> contract(long contractId) {
        return dsl.select(BILLING_CONTRACT.ID, BILLING_CONTRACT.CUSTOMER_ID, CUSTOMER.NAME, BILLING_CONTRACT.NAME,
                        BILLING_CONTRACT.CURRENCY, BILLING_CONTRACT.BILLING_CYCLE, BILLING_CONTRACT.BILLING_DAY,
                        BILLING_CONTRACT.START_DATE)
                .from(BILLING_CONTRACT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .where(BILLING_CONTRACT.ID.eq(contractId))
                .fetch(r -> new ContractToBill(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().strip(),
                        BillingCycle.valueOf(r.value6()), r.value7(), r.value8()));
    }

    /** The contracts' subscriptions with a product; one without a product cannot be billed (its health says so). */
    public List<SubscriptionToBill> subscriptions(Collection<Long> contractIds) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.NAME, SUBSCRIPTION.PRODUCT_ID,
                        PRODUCT.NAME, PRODUCT.BILLING_CYCLE, SUBSCRIPTION.UNIT_PRICE, SUBSCRIPTION.CURRENCY,
                        BILLING_CONTRACT.CURRENCY, SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL,
                        SUBSCRIPTION.TERM_END_DATE)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(SUBSCRIPTION.CONTRACT_ID.in(contractIds))
                .orderBy(SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.ID)
                .fetch(r -> new SubscriptionToBill(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        BillingCycle.valueOf(r.value6()), r.value7(), r.value8() == null ? null : r.value8().strip(),
                        r.value9().strip(), r.value10(), r.value11()));
    }

    /** The whole logs of the contracts' subscriptions, per subscription in the order they happened. */
    public Map<Long, List<LoggedChange>> logs(Collection<Long> contractIds) {
        return dsl.select(LICENSE_CHANGE.ID, LICENSE_CHANGE.SUBSCRIPTION_ID, LICENSE_CHANGE.EVENT_TYPE,
                        LICENSE_CHANGE.QUANTITY_CHANGE, LICENSE_CHANGE.EFFECTIVE_DATE, LICENSE_CHANGE.ARCHIVED,
                        LICENSE_CHANGE.INVOICED, LICENSE_CHANGE.UNIT_PRICE, LICENSE_CHANGE.PRODUCT_ID)
                // from the contracts' subscriptions to their logs: HSQLDB joins in the order written, and from the
                // log side it read the whole log once per batch of contracts (a full scan, EXPLAIN PLAN)
                .from(SUBSCRIPTION)
                .join(LICENSE_CHANGE).on(LICENSE_CHANGE.SUBSCRIPTION_ID.eq(SUBSCRIPTION.ID))
                .where(SUBSCRIPTION.CONTRACT_ID.in(contractIds))
                .orderBy(LICENSE_CHANGE.SUBSCRIPTION_ID, LICENSE_CHANGE.EFFECTIVE_DATE, LICENSE_CHANGE.ID)
                .fetch(r -> new LoggedChange(r.value1(), r.value2(), LicenseChangeType.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()))
                .stream()
                .collect(Collectors.groupingBy(LoggedChange::subscriptionId));
    }

    public Map<Long, ProductToBill> products(Collection<Long> productIds) {
        return dsl.select(PRODUCT.ID, PRODUCT.NAME, PRODUCT.BILLING_CYCLE)
                .from(PRODUCT)
                .where(PRODUCT.ID.in(productIds))
                .fetch(r -> new ProductToBill(r.value1(), r.value2(), BillingCycle.valueOf(r.value3())))
                .stream()
                .collect(Collectors.toMap(ProductToBill::id, Function.identity()));
    }

    /** The contracts whose run period starting that day was already charged ahead by a finalized invoice. */
    public Set<Long> chargedAhead(Collection<Long> contractIds, LocalDate periodStart) {
        return new HashSet<>(dsl.selectDistinct(INVOICE.CONTRACT_ID)
                .from(INVOICE)
                .where(INVOICE.CONTRACT_ID.in(contractIds))
                .and(INVOICE.PERIOD_START.eq(periodStart))
                .and(INVOICE.CHARGES_AHEAD.isTrue())
                .fetch(INVOICE.CONTRACT_ID));
    }

    /** Open reconciliation findings on the contracts' subscriptions. */
    public Map<Long, List<OpenFinding>> openFindings(Collection<Long> contractIds) {
        return dsl.select(MISMATCH_FINDING.ID, MISMATCH_FINDING.SUBSCRIPTION_ID, MISMATCH_FINDING.CHECK_KIND,
                        MISMATCH_FINDING.SUBJECT_NAME, MISMATCH_FINDING.DETAIL, SUBSCRIPTION.CONTRACT_ID)
                .from(MISMATCH_FINDING)
                .join(SUBSCRIPTION).on(SUBSCRIPTION.ID.eq(MISMATCH_FINDING.SUBSCRIPTION_ID))
                .where(SUBSCRIPTION.CONTRACT_ID.in(contractIds))
                .and(MISMATCH_FINDING.RESOLVED_AT.isNull())
                .and(MISMATCH_FINDING.ACKNOWLEDGED_AT.isNull())
                .orderBy(MISMATCH_FINDING.ID)
                .fetchGroups(r -> r.value6(), r -> new OpenFinding(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }
}
