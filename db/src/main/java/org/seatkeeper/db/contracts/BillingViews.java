package org.seatkeeper.db.contracts;

import static org.jooq.Records.mapping;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.List;
import org.jooq.DSLContext;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** Read models the contract and subscription pages need beyond the billing repositories. */
public final class BillingViews {

    private final DSLContext dsl;

    public BillingViews(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The contract page's lines in one query with typed columns (the page's hot path: 500 subscriptions must render
     * in a few milliseconds, so no {@code asterisk()} and no lookup of fields by name per row).
     */
    public List<ContractLine> contractLines(long contractId) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.NAME, SUBSCRIPTION.QUANTITY, SUBSCRIPTION.STATUS,
                        SUBSCRIPTION.EXTERNAL_ID, SUBSCRIPTION.PRODUCT_ID, SUBSCRIPTION.EFFECTIVE_DATE,
                        SUBSCRIPTION.TERM_END_DATE, SUBSCRIPTION.UNIT_PRICE, SUBSCRIPTION.CURRENCY,
                        SUBSCRIPTION.PROVIDER_ACCOUNT_ID, PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.CUSTOMER_ID,
                        PRODUCT.NAME, PRODUCT.BILLING_CYCLE, PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST, PRODUCT.CURRENCY)
                .from(SUBSCRIPTION)
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .leftJoin(PROVIDER_ACCOUNT).on(PROVIDER_ACCOUNT.ID.eq(SUBSCRIPTION.PROVIDER_ACCOUNT_ID))
                .where(SUBSCRIPTION.CONTRACT_ID.eq(contractId))
                .orderBy(SUBSCRIPTION.NAME, SUBSCRIPTION.ID)
                .fetch(r -> new ContractLine(r.value1(), r.value2(), r.value3(),
                        SubscriptionState.valueOf(r.value4()), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12() != null ? r.value12() : "#" + r.value11(), r.value13(), r.value14(), r.value15(),
                        r.value16(), r.value17(), r.value18()));
    }

    /** The provider accounts of a contract's synced subscriptions, with the customer each is mapped to now. */
    public List<AccountOwner> accountOwners(long contractId) {
        return dsl.select(SUBSCRIPTION.ID, PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.COMPANY_NAME,
                        PROVIDER_ACCOUNT.EXTERNAL_ID, PROVIDER_ACCOUNT.CUSTOMER_ID)
                .from(SUBSCRIPTION)
                .join(PROVIDER_ACCOUNT).on(PROVIDER_ACCOUNT.ID.eq(SUBSCRIPTION.PROVIDER_ACCOUNT_ID))
                .where(SUBSCRIPTION.CONTRACT_ID.eq(contractId))
                .fetch(mapping((subscription, account, company, externalId, customer) -> new AccountOwner(
                        subscription, account, company != null ? company : externalId, customer)));
    }

    /** Automatic (synced) subscriptions on any contract of this customer, same product first. */
    public List<ReplacementCandidate> automaticSubscriptionsOf(long customerId) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.NAME, SUBSCRIPTION.PRODUCT_ID, PRODUCT.OFFER_ID,
                        SUBSCRIPTION.QUANTITY, SUBSCRIPTION.STATUS, PROVIDER.NAME, SUBSCRIPTION.CONTRACT_ID)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(SUBSCRIPTION.PROVIDER_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(BILLING_CONTRACT.CUSTOMER_ID.eq(customerId))
                .and(PROVIDER.AUTOMATIC.isTrue())
                .and(PROVIDER.KIND.ne("MANUAL"))
                .orderBy(SUBSCRIPTION.NAME, SUBSCRIPTION.ID)
                .fetch(mapping(ReplacementCandidate::new));
    }

    /** Providers without an API (kind MANUAL): their subscriptions are typed in or imported from a CSV export. */
    public java.util.Map<Long, String> providersWithoutApi() {
        java.util.Map<Long, String> providers = new java.util.LinkedHashMap<>();
        dsl.select(PROVIDER.ID, PROVIDER.NAME).from(PROVIDER).where(PROVIDER.KIND.eq("MANUAL")).orderBy(PROVIDER.NAME)
                .forEach(r -> providers.put(r.get(PROVIDER.ID), r.get(PROVIDER.NAME)));
        return providers;
    }

    /** The Manual provider's id, if one is set up (manual subscriptions belong to it). */
    public java.util.Optional<Long> manualProviderId() {
        return dsl.select(PROVIDER.ID).from(PROVIDER).where(PROVIDER.KIND.eq("MANUAL")).orderBy(PROVIDER.ID).limit(1)
                .fetchOptional(PROVIDER.ID);
    }
}
