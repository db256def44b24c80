package org.seatkeeper.batch.mismatch;

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
import java.util.List;
import java.util.UUID;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Finding;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.springframework.batch.core.BatchStatus;

/** A fresh database, the reconciliation job wired as production wires it, and builders for crafted rows. */
final class MismatchFixtures implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Database db;
    final BatchInfrastructure batch;
    final MismatchRun run;
    final FindingQuery findings;

    MismatchFixtures() {
        this(Database.openInMemory());
    }

    MismatchFixtures(Database db) {
        this.db = db;
        this.batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2);
        this.run = new MismatchRun(new JobRunner(batch), new MismatchJobConfiguration(batch, db, clock));
        this.findings = new FindingQuery(db.dsl());
    }

    /** Runs the reconciliation of {@code date} by hand (a new run even when the day already ran) and waits. */
    BatchStatus reconcile(LocalDate date) {
        return run.await(run.startNow(date, "test").executionId(), Duration.ofMinutes(5));
    }

    /**
     * A subscription sync of {@code businessDate} (the nightly one, or {@code contractId}'s own) as Spring Batch records
     * a completed run that started at {@code startedAt}: what the reconciliation compares with.
     */
    void aCompletedSubscriptionSync(LocalDate businessDate, Instant startedAt, Long contractId) {
        var parameters = new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                .addLocalDate("businessDate", businessDate, true).addLong("run", 1L, true);
        if (contractId != null) {
            parameters.addLong("contractId", contractId, true);
        }
        var repository = batch.jobRepository();
        var instance = repository.createJobInstance(DaysSync.SUBSCRIPTION_SYNC_JOB, parameters.toJobParameters());
        var execution = repository.createJobExecution(instance, parameters.toJobParameters(),
                new org.springframework.batch.infrastructure.item.ExecutionContext());
        execution.setStartTime(java.time.LocalDateTime.ofInstant(startedAt, java.time.ZoneId.systemDefault()));
        execution.setEndTime(java.time.LocalDateTime.ofInstant(startedAt.plusSeconds(60), java.time.ZoneId.systemDefault()));
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setExitStatus(org.springframework.batch.core.ExitStatus.COMPLETED);
        repository.update(execution);
    }

    List<Finding> open(CheckKind check) {
        return findings.page(new FindingFilter(null, null, check, null), 0, 1000);
    }

    long aCustomer(String name) {
        return db.dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, name).set(CUSTOMER.CREATED_AT, NOW)
                .set(CUSTOMER.UPDATED_AT, NOW).returning(CUSTOMER.ID).fetchOne(CUSTOMER.ID);
    }

    long aProvider(String name, boolean automatic) {
        return db.dsl().insertInto(PROVIDER).set(PROVIDER.NAME, name)
                .set(PROVIDER.KIND, automatic ? "PARTNER_CENTER" : "MANUAL").set(PROVIDER.AUTOMATIC, automatic)
                .set(PROVIDER.CURRENCY, "EUR").set(PROVIDER.CREATED_AT, NOW)
                .returning(PROVIDER.ID).fetchOne(PROVIDER.ID);
    }

    long anAccount(long providerId, Long customerId, String company) {
        return db.dsl().insertInto(PROVIDER_ACCOUNT).set(PROVIDER_ACCOUNT.PROVIDER_ID, providerId)
                .set(PROVIDER_ACCOUNT.EXTERNAL_ID, UUID.randomUUID().toString())
                .set(PROVIDER_ACCOUNT.COMPANY_NAME, company).set(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS, "ACTIVE")
                .set(PROVIDER_ACCOUNT.CUSTOMER_ID, customerId).set(PROVIDER_ACCOUNT.FIRST_SEEN_AT, NOW)
                .set(PROVIDER_ACCOUNT.LAST_SEEN_AT, NOW)
                .returning(PROVIDER_ACCOUNT.ID).fetchOne(PROVIDER_ACCOUNT.ID);
    }

    long aContract(long customerId) {
        return db.dsl().insertInto(BILLING_CONTRACT).set(BILLING_CONTRACT.CUSTOMER_ID, customerId)
                .set(BILLING_CONTRACT.NAME, "Main").set(BILLING_CONTRACT.CURRENCY, "EUR")
                .set(BILLING_CONTRACT.BILLING_CYCLE, "MONTHLY").set(BILLING_CONTRACT.START_DATE, TODAY.minusYears(1))
                .set(BILLING_CONTRACT.CREATED_AT, NOW)
                .returning(BILLING_CONTRACT.ID).fetchOne(BILLING_CONTRACT.ID);
    }

    long aProduct(String offer, BigDecimal price) {
        return db.dsl().insertInto(PRODUCT).set(PRODUCT.OFFER_ID, offer).set(PRODUCT.NAME, "Product " + offer)
                .set(PRODUCT.TERM, "P1Y").set(PRODUCT.BILLING_CYCLE, "MONTHLY").set(PRODUCT.CURRENCY, "EUR")
                .set(PRODUCT.LIST_PRICE, price).set(PRODUCT.PRICE_MISSING, price == null).set(PRODUCT.CREATED_AT, NOW)
                .returning(PRODUCT.ID).fetchOne(PRODUCT.ID);
    }

    SubscriptionBuilder aSubscription(long contractId, long providerId) {
        return new SubscriptionBuilder(this, contractId, providerId);
    }

    void setQuantityWithoutEvent(long subscriptionId, int quantity) {
        db.dsl().update(SUBSCRIPTION).set(SUBSCRIPTION.QUANTITY, quantity).where(SUBSCRIPTION.ID.eq(subscriptionId))
                .execute();
    }

    void logEvent(long subscriptionId, String type, int change, int after, String source, Instant recordedAt) {
        db.dsl().insertInto(LICENSE_CHANGE).set(LICENSE_CHANGE.SUBSCRIPTION_ID, subscriptionId)
                .set(LICENSE_CHANGE.EVENT_TYPE, type).set(LICENSE_CHANGE.QUANTITY_CHANGE, change)
                .set(LICENSE_CHANGE.QUANTITY_AFTER, after).set(LICENSE_CHANGE.EFFECTIVE_DATE, TODAY)
                .set(LICENSE_CHANGE.SOURCE, source).set(LICENSE_CHANGE.RECORDED_BY, "test")
                .set(LICENSE_CHANGE.RECORDED_AT, recordedAt).execute();
    }

    @Override
    public void close() {
        batch.close();
        db.close();
    }
}
