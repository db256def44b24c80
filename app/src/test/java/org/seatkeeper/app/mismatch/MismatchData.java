package org.seatkeeper.app.mismatch;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.Database;
import org.springframework.batch.core.BatchStatus;

/** Crafted billing rows in a running app's database, and a synchronous reconciliation run over them. */
public final class MismatchData {

    private final Database db;
    private final DSLContext dsl;
    private final Clock clock;
    private final Instant now;
    private long provider;

    public MismatchData(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock the running app's clock, so "today" here is the app's today (both in UTC, the settings' default) */
    public MismatchData(Database db, Clock clock) {
        this.db = db;
        this.dsl = db.dsl();
        this.clock = clock;
        this.now = clock.instant();
    }

    /** The day the rows are made on, in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public long provider(String name) {
        provider = dsl.insertInto(PROVIDER).set(PROVIDER.NAME, name).set(PROVIDER.KIND, "PARTNER_CENTER")
                .set(PROVIDER.AUTOMATIC, true).set(PROVIDER.CURRENCY, "EUR").set(PROVIDER.CREATED_AT, now)
                .returning(PROVIDER.ID).fetchOne(PROVIDER.ID);
        return provider;
    }

    public long customer(String name) {
        return dsl.insertInto(CUSTOMER).set(CUSTOMER.NAME, name).set(CUSTOMER.CREATED_AT, now)
                .set(CUSTOMER.UPDATED_AT, now).returning(CUSTOMER.ID).fetchOne(CUSTOMER.ID);
    }

    public long account(Long customerId, String company) {
        return dsl.insertInto(PROVIDER_ACCOUNT).set(PROVIDER_ACCOUNT.PROVIDER_ID, provider)
                .set(PROVIDER_ACCOUNT.EXTERNAL_ID, company.toLowerCase().replace(' ', '-'))
                .set(PROVIDER_ACCOUNT.COMPANY_NAME, company).set(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS, "ACTIVE")
                .set(PROVIDER_ACCOUNT.CUSTOMER_ID, customerId).set(PROVIDER_ACCOUNT.FIRST_SEEN_AT, now)
                .set(PROVIDER_ACCOUNT.LAST_SEEN_AT, now).returning(PROVIDER_ACCOUNT.ID).fetchOne(PROVIDER_ACCOUNT.ID);
    }

    public long contract(long customerId) {
        return dsl.insertInto(BILLING_CONTRACT).set(BILLING_CONTRACT.CUSTOMER_ID, customerId)
                .set(BILLING_CONTRACT.NAME, "Main").set(BILLING_CONTRACT.CURRENCY, "EUR")
                .set(BILLING_CONTRACT.BILLING_CYCLE, "MONTHLY").set(BILLING_CONTRACT.START_DATE, LocalDate.of(2025, 1, 1))
                .set(BILLING_CONTRACT.CREATED_AT, now).returning(BILLING_CONTRACT.ID).fetchOne(BILLING_CONTRACT.ID);
    }

    public long product(String offer, String price) {
        return dsl.insertInto(PRODUCT).set(PRODUCT.OFFER_ID, offer).set(PRODUCT.NAME, offer).set(PRODUCT.TERM, "P1Y")
                .set(PRODUCT.BILLING_CYCLE, "MONTHLY").set(PRODUCT.CURRENCY, "EUR")
                .set(PRODUCT.LIST_PRICE, new BigDecimal(price)).set(PRODUCT.CREATED_AT, now)
                .returning(PRODUCT.ID).fetchOne(PRODUCT.ID);
    }

    /** A synced subscription with quantity S (its log adds up) that the provider reports with quantity P. */
    public long subscription(long contract, long account, long product, String name, int s, int p) {
        long id = dsl.insertInto(SUBSCRIPTION).set(SUBSCRIPTION.CONTRACT_ID, contract)
                .set(SUBSCRIPTION.PROVIDER_ID, provider).set(SUBSCRIPTION.PRODUCT_ID, product)
                .set(SUBSCRIPTION.PROVIDER_ACCOUNT_ID, account).set(SUBSCRIPTION.EXTERNAL_ID, name)
                .set(SUBSCRIPTION.NAME, name).set(SUBSCRIPTION.QUANTITY, s).set(SUBSCRIPTION.STATUS, "ACTIVE")
                // priced as the price rules price it without any rule: at the product's list price
                .set(SUBSCRIPTION.UNIT_PRICE, dsl.select(PRODUCT.LIST_PRICE).from(PRODUCT).where(PRODUCT.ID.eq(product))
                        .<java.math.BigDecimal>asField())
                .set(SUBSCRIPTION.CURRENCY, "EUR")
                .set(SUBSCRIPTION.EFFECTIVE_DATE, LocalDate.of(2026, 1, 1))
                .set(SUBSCRIPTION.TERM_END_DATE, today().plusDays(10))
                .set(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL, today().plusDays(1))
                .set(SUBSCRIPTION.PROVIDER_QUANTITY, p).set(SUBSCRIPTION.PROVIDER_STATUS, "active")
                .set(SUBSCRIPTION.LAST_SYNCED_AT, now.minusSeconds(60)).set(SUBSCRIPTION.CREATED_AT, now)
                .returning(SUBSCRIPTION.ID).fetchOne(SUBSCRIPTION.ID);
        dsl.insertInto(LICENSE_CHANGE).set(LICENSE_CHANGE.SUBSCRIPTION_ID, id).set(LICENSE_CHANGE.EVENT_TYPE, "CREATE")
                .set(LICENSE_CHANGE.QUANTITY_CHANGE, s).set(LICENSE_CHANGE.QUANTITY_AFTER, s)
                .set(LICENSE_CHANGE.EFFECTIVE_DATE, LocalDate.of(2026, 1, 1)).set(LICENSE_CHANGE.SOURCE, "SYNC")
                .set(LICENSE_CHANGE.RECORDED_BY, "sync").set(LICENSE_CHANGE.RECORDED_AT, now.minusSeconds(3600))
                .execute();
        return id;
    }

    /** Runs the reconciliation of {@code date} to the end. */
    public BatchStatus reconcile(LocalDate date) {
        try (BatchInfrastructure batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 1)) {
            MismatchRun run = new MismatchRun(new JobRunner(batch),
                    new MismatchJobConfiguration(batch, db, clock));
            return run.await(run.startNow(date, "test").executionId(), Duration.ofMinutes(2));
        }
    }
}
