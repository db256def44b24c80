package org.seatkeeper.db.onboarding;

import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.seatkeeper.db.accounts.NewAccountNotifications;

/**
 * The provider account of a tenant Seatkeeper itself just created. The provider account sync would find it the next
 * night; writing it now lets the flow map it at once. Keyed like the sync, by (provider, external id), so the sync
 * later updates this row instead of adding a second one.
 */
public final class ProvisionedAccounts {

    private final DSLContext dsl;

    public ProvisionedAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Tenant(long providerId, String externalId, String tenantId, String domain, String companyName,
                         String country) {
        public Tenant {
            Objects.requireNonNull(externalId, "externalId");
        }
    }

    /** The account's id: the existing row when a sync already saw the tenant, else a new, not-yet-mapped row. */
    public long ensure(Tenant tenant, Instant now) {
        Optional<Long> existing = find(tenant.providerId(), tenant.externalId());
        if (existing.isPresent()) {
            return existing.get();
        }
        return dsl.insertInto(PROVIDER_ACCOUNT)
                .set(PROVIDER_ACCOUNT.PROVIDER_ID, tenant.providerId())
                .set(PROVIDER_ACCOUNT.EXTERNAL_ID, tenant.externalId())
                .set(PROVIDER_ACCOUNT.TENANT_ID, tenant.tenantId())
                .set(PROVIDER_ACCOUNT.DOMAIN, tenant.domain())
                .set(PROVIDER_ACCOUNT.COMPANY_NAME, tenant.companyName())
                .set(PROVIDER_ACCOUNT.COUNTRY, tenant.country())
                .set(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS, "RESELLER")
                .set(PROVIDER_ACCOUNT.STATUS, "ACTIVE")
                .set(PROVIDER_ACCOUNT.IS_NEW, false)
                .set(PROVIDER_ACCOUNT.FIRST_SEEN_AT, now)
                .set(PROVIDER_ACCOUNT.LAST_SEEN_AT, now)
                .returning(PROVIDER_ACCOUNT.ID)
                .fetchOne(PROVIDER_ACCOUNT.ID);
    }

    public Optional<Long> find(long providerId, String externalId) {
        return dsl.select(PROVIDER_ACCOUNT.ID)
                .from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))
                .and(PROVIDER_ACCOUNT.EXTERNAL_ID.eq(externalId))
                .fetchOptional(PROVIDER_ACCOUNT.ID);
    }

    /** The account was mapped automatically: its "new provider account, map it" notice is settled. */
    public void settleNewAccountNotice(long accountId, String username, Instant now) {
        dsl.update(NOTIFICATION)
                .set(NOTIFICATION.DISMISSED_AT, now)
                .set(NOTIFICATION.DISMISSED_BY, username)
                .where(NOTIFICATION.KIND.eq(NewAccountNotifications.KIND))
                .and(NOTIFICATION.SUBJECT_TYPE.eq(NewAccountNotifications.SUBJECT_TYPE))
                .and(NOTIFICATION.SUBJECT_ID.eq(accountId))
                .and(NOTIFICATION.DISMISSED_AT.isNull())
                .execute();
    }
}
