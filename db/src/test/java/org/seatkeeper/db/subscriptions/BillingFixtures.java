package org.seatkeeper.db.subscriptions;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.subscriptionsync.NewSyncedSubscription;

/** Rows the billing tables refer to (customers, providers, contracts), inserted straight with jOOQ. */
public final class BillingFixtures {

    public static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final DSLContext dsl;
    private final BillingContractRepository contracts;

    public BillingFixtures(DSLContext dsl, BillingContractRepository contracts) {
        this.dsl = dsl;
        this.contracts = contracts;
    }

    public long aCustomer(String name) {
        return dsl.insertInto(CUSTOMER)
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.CREATED_AT, NOW)
                .set(CUSTOMER.UPDATED_AT, NOW)
                .returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
    }

    public long aProvider(String name, String kind, boolean automatic) {
        return dsl.insertInto(PROVIDER)
                .set(PROVIDER.NAME, name)
                .set(PROVIDER.KIND, kind)
                .set(PROVIDER.AUTOMATIC, automatic)
                .set(PROVIDER.CURRENCY, "EUR")
                .set(PROVIDER.CREATED_AT, NOW)
                .returning(PROVIDER.ID)
                .fetchOne(PROVIDER.ID);
    }

    public long aContract(long customerId, String currency) {
        return contracts.insert(customerId, new ContractTerms("Main " + currency, currency, BillingCycle.MONTHLY, 1,
                LocalDate.of(2026, 1, 1), null), false);
    }

    public long aProviderAccount(long providerId, String externalId) {
        return dsl.insertInto(PROVIDER_ACCOUNT)
                .set(PROVIDER_ACCOUNT.PROVIDER_ID, providerId)
                .set(PROVIDER_ACCOUNT.EXTERNAL_ID, externalId)
                .set(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS, "RESELLER")
                .set(PROVIDER_ACCOUNT.FIRST_SEEN_AT, NOW)
                .set(PROVIDER_ACCOUNT.LAST_SEEN_AT, NOW)
                .returning(PROVIDER_ACCOUNT.ID)
                .fetchOne(PROVIDER_ACCOUNT.ID);
    }

    /** A subscription as a sync first finds it on a provider account, with what the provider said. */
    public static NewSyncedSubscription aSyncedSubscription(long contractId, long providerId, long accountId,
                                                            String externalId, int quantity) {
        return new NewSyncedSubscription(new NewSubscription(contractId, providerId, null, accountId, externalId,
                "Microsoft 365 Business Premium", quantity, SubscriptionState.ACTIVE,
                new SubscriptionTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, null, null),
                null, "EUR"), quantity, "active", "CFQ7TTC0LH18|P1Y|MONTHLY", null);
    }

    public static NewSubscription aSubscription(long contractId, long providerId, String externalId, int quantity) {
        return new NewSubscription(contractId, providerId, null, null, externalId, "Microsoft 365 Business Premium",
                quantity, SubscriptionState.ACTIVE,
                new SubscriptionTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, null, null),
                null, "EUR");
    }
}
