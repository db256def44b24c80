package org.seatkeeper.db.onboarding;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.ONBOARDING;
import static org.seatkeeper.db.jooq.Tables.ONBOARDING_SETTINGS;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;

/**
 * The onboarding flow's state, one row per customer. Steps write their own columns; the tenant columns are written
 * in separate committed transactions around the provider call (request id before, tenant and credentials right
 * after), so neither a retry nor a later failure can lose or duplicate the tenant.
 */
public final class OnboardingRepository {

    private final DSLContext dsl;

    public OnboardingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long start(long customerId, String username, Instant now) {
        return dsl.insertInto(ONBOARDING)
                .set(ONBOARDING.CUSTOMER_ID, customerId)
                .set(ONBOARDING.STAGE, OnboardingStage.CREATED.name())
                .set(ONBOARDING.CREATED_BY, username)
                .set(ONBOARDING.CREATED_AT, now)
                .set(ONBOARDING.UPDATED_AT, now)
                .returning(ONBOARDING.ID)
                .fetchOne(ONBOARDING.ID);
    }

    public Optional<Onboarding> find(long id) {
        return fetch(ONBOARDING.ID.eq(id)).stream().findFirst();
    }

    public Optional<Onboarding> byCustomer(long customerId) {
        return fetch(ONBOARDING.CUSTOMER_ID.eq(customerId)).stream().findFirst();
    }

    /** The pipeline: every onboarding, the least advanced and oldest first. */
    public List<Onboarding> pipeline(int limit) {
        return dsl.select(ONBOARDING.asterisk(), CUSTOMER.NAME, PROVIDER.NAME)
                .from(ONBOARDING)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(ONBOARDING.CUSTOMER_ID))
                .leftJoin(PROVIDER).on(PROVIDER.ID.eq(ONBOARDING.PROVIDER_ID))
                .orderBy(ONBOARDING.UPDATED_AT.desc(), ONBOARDING.ID.desc())
                .limit(limit)
                .fetch(OnboardingRepository::toOnboarding);
    }

    /** Onboardings not yet at the contract stage: the dashboard's "half-onboarded" figure. */
    public int countUnfinished() {
        return dsl.fetchCount(ONBOARDING, ONBOARDING.STAGE.ne(OnboardingStage.CONTRACT_CREATED.name()));
    }

    public void chooseProvider(long id, long providerId, OnboardingPath path, int expectedVersion, Instant now) {
        requireOne(dsl.update(ONBOARDING)
                .set(ONBOARDING.PROVIDER_ID, providerId)
                .set(ONBOARDING.PATH, path.name())
                .set(ONBOARDING.UPDATED_AT, now)
                .set(ONBOARDING.VERSION, ONBOARDING.VERSION.plus(1))
                .where(ONBOARDING.ID.eq(id))
                .and(ONBOARDING.VERSION.eq(expectedVersion))
                .and(ONBOARDING.TENANT_REQUEST_ID.isNull())
                .execute());
    }

    public void setStage(long id, OnboardingStage stage, Instant now) {
        dsl.update(ONBOARDING)
                .set(ONBOARDING.STAGE, stage.name())
                .set(ONBOARDING.UPDATED_AT, now)
                .set(ONBOARDING.VERSION, ONBOARDING.VERSION.plus(1))
                .where(ONBOARDING.ID.eq(id))
                .execute();
    }

    /** Keeps the first request id: a retry must reuse it, so the provider returns the same tenant. */
    public String reserveTenantRequest(long id, String requestId, String domain, Instant now) {
        dsl.update(ONBOARDING)
                .set(ONBOARDING.TENANT_REQUEST_ID, requestId)
                .set(ONBOARDING.UPDATED_AT, now)
                .where(ONBOARDING.ID.eq(id))
                .and(ONBOARDING.TENANT_REQUEST_ID.isNull())
                .execute();
        dsl.update(ONBOARDING)
                .set(ONBOARDING.TENANT_DOMAIN, domain)
                .where(ONBOARDING.ID.eq(id))
                .and(ONBOARDING.TENANT_EXTERNAL_ID.isNull())
                .execute();
        return dsl.select(ONBOARDING.TENANT_REQUEST_ID).from(ONBOARDING).where(ONBOARDING.ID.eq(id))
                .fetchSingle(ONBOARDING.TENANT_REQUEST_ID);
    }

    /** The provider created the tenant: its ids and the admin credentials (password as ciphertext). */
    public void recordTenant(long id, String externalId, String tenantId, String domain, String adminUserName,
                             String adminPasswordCiphertext, Instant now) {
        dsl.update(ONBOARDING)
                .set(ONBOARDING.TENANT_EXTERNAL_ID, externalId)
                .set(ONBOARDING.TENANT_ID, tenantId)
                .set(ONBOARDING.TENANT_DOMAIN, domain)
                .set(ONBOARDING.ADMIN_USER_NAME, adminUserName)
                .set(ONBOARDING.ADMIN_PASSWORD_ENCRYPTED, adminPasswordCiphertext)
                .set(ONBOARDING.UPDATED_AT, now)
                .set(ONBOARDING.VERSION, ONBOARDING.VERSION.plus(1))
                .where(ONBOARDING.ID.eq(id))
                .execute();
    }

    public Optional<String> adminPasswordCiphertext(long id) {
        return dsl.select(ONBOARDING.ADMIN_PASSWORD_ENCRYPTED).from(ONBOARDING).where(ONBOARDING.ID.eq(id))
                .fetchOptional(ONBOARDING.ADMIN_PASSWORD_ENCRYPTED);
    }

    /** True for the one caller that gets to show the credentials without an administrator's reveal. */
    public boolean markCredentialsShown(long id, Instant now) {
        return dsl.update(ONBOARDING)
                .set(ONBOARDING.CREDENTIALS_SHOWN_AT, now)
                .where(ONBOARDING.ID.eq(id))
                .and(ONBOARDING.CREDENTIALS_SHOWN_AT.isNull())
                .execute() == 1;
    }

    public void recordProviderAccount(long id, long providerAccountId, OnboardingStage stage, Instant now) {
        dsl.update(ONBOARDING)
                .set(ONBOARDING.PROVIDER_ACCOUNT_ID, providerAccountId)
                .set(ONBOARDING.STAGE, stage.name())
                .set(ONBOARDING.UPDATED_AT, now)
                .set(ONBOARDING.VERSION, ONBOARDING.VERSION.plus(1))
                .where(ONBOARDING.ID.eq(id))
                .execute();
    }

    /**
     * The manual path's tenant step is done once someone maps the customer's account at the chosen provider (created
     * in the provider's own portal, found by the provider account sync): the onboarding records it and moves on.
     *
     * @return 1 when an onboarding was waiting for that account, else 0
     */
    public int recordManuallyMappedAccount(long customerId, long providerId, long providerAccountId, Instant now) {
        return dsl.update(ONBOARDING)
                .set(ONBOARDING.PROVIDER_ACCOUNT_ID, providerAccountId)
                .set(ONBOARDING.STAGE, OnboardingStage.PROVISIONED.name())
                .set(ONBOARDING.UPDATED_AT, now)
                .set(ONBOARDING.VERSION, ONBOARDING.VERSION.plus(1))
                .where(ONBOARDING.CUSTOMER_ID.eq(customerId))
                .and(ONBOARDING.PROVIDER_ID.eq(providerId))
                .and(ONBOARDING.PATH.eq(OnboardingPath.MANUAL.name()))
                .and(ONBOARDING.PROVIDER_ACCOUNT_ID.isNull())
                .execute();
    }

    public void recordContract(long id, long contractId, Instant now) {
        dsl.update(ONBOARDING)
                .set(ONBOARDING.CONTRACT_ID, contractId)
                .set(ONBOARDING.STAGE, OnboardingStage.CONTRACT_CREATED.name())
                .set(ONBOARDING.UPDATED_AT, now)
                .set(ONBOARDING.VERSION, ONBOARDING.VERSION.plus(1))
                .where(ONBOARDING.ID.eq(id))
                .execute();
    }

    public int followUpDays() {
        return dsl.select(ONBOARDING_SETTINGS.FOLLOW_UP_DAYS).from(ONBOARDING_SETTINGS)
                .where(ONBOARDING_SETTINGS.ID.eq(1)).fetchSingle(ONBOARDING_SETTINGS.FOLLOW_UP_DAYS);
    }

    public void setFollowUpDays(int days) {
        dsl.update(ONBOARDING_SETTINGS)
                .set(ONBOARDING_SETTINGS.FOLLOW_UP_DAYS, days)
                .set(ONBOARDING_SETTINGS.VERSION, ONBOARDING_SETTINGS.VERSION.plus(1))
                .where(ONBOARDING_SETTINGS.ID.eq(1))
                .execute();
    }

    private List<Onboarding> fetch(Condition condition) {
        return dsl.select(ONBOARDING.asterisk(), CUSTOMER.NAME, PROVIDER.NAME)
                .from(ONBOARDING)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(ONBOARDING.CUSTOMER_ID))
                .leftJoin(PROVIDER).on(PROVIDER.ID.eq(ONBOARDING.PROVIDER_ID))
                .where(condition)
                .fetch(OnboardingRepository::toOnboarding);
    }

    private static void requireOne(int rows) {
        if (rows == 0) {
            throw new OptimisticLockException("This onboarding");
        }
    }

    private static Onboarding toOnboarding(Record r) {
        String path = r.get(ONBOARDING.PATH);
        return new Onboarding(r.get(ONBOARDING.ID), r.get(ONBOARDING.CUSTOMER_ID), r.get(CUSTOMER.NAME),
                r.get(ONBOARDING.PROVIDER_ID), r.get(PROVIDER.NAME), path == null ? null : OnboardingPath.valueOf(path),
                OnboardingStage.valueOf(r.get(ONBOARDING.STAGE)), r.get(ONBOARDING.TENANT_REQUEST_ID),
                r.get(ONBOARDING.TENANT_EXTERNAL_ID), r.get(ONBOARDING.TENANT_ID), r.get(ONBOARDING.TENANT_DOMAIN),
                r.get(ONBOARDING.ADMIN_USER_NAME), r.get(ONBOARDING.ADMIN_PASSWORD_ENCRYPTED) != null,
                r.get(ONBOARDING.CREDENTIALS_SHOWN_AT), r.get(ONBOARDING.PROVIDER_ACCOUNT_ID),
                r.get(ONBOARDING.CONTRACT_ID), r.get(ONBOARDING.CREATED_BY), r.get(ONBOARDING.CREATED_AT),
                r.get(ONBOARDING.UPDATED_AT), r.get(ONBOARDING.VERSION));
    }
}
