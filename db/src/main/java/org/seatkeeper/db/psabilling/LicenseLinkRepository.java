package org.seatkeeper.db.psabilling;

import static org.seatkeeper.db.jooq.Tables.LICENSE_LINK;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.LicenseLinkRecord;

/** License links. No transaction code: callers audit in the same transaction. */
public final class LicenseLinkRepository {

    private final DSLContext dsl;

    public LicenseLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<LicenseLink> find(long id) {
        return dsl.selectFrom(LICENSE_LINK).where(LICENSE_LINK.ID.eq(id)).fetchOptional(LicenseLinkRepository::toLink);
    }

    /** The links with these ids, by id (the PSA sync reads an agreement's links at once). */
    public List<LicenseLink> withIds(java.util.Collection<Long> ids) {
        return dsl.selectFrom(LICENSE_LINK).where(LICENSE_LINK.ID.in(ids)).orderBy(LICENSE_LINK.ID)
                .fetch(LicenseLinkRepository::toLink);
    }

    /** The links of one tenant license (one per profile). */
    public List<LicenseLink> ofLicense(long tenantLicenseId) {
        return dsl.selectFrom(LICENSE_LINK).where(LICENSE_LINK.TENANT_LICENSE_ID.eq(tenantLicenseId))
                .orderBy(LICENSE_LINK.ID).fetch(LicenseLinkRepository::toLink);
    }

    /** Every link of a customer's tenant licenses. */
    public List<LicenseLink> ofCustomer(long customerId) {
        return dsl.select(LICENSE_LINK.fields()).from(LICENSE_LINK)
                .join(TENANT_LICENSE).on(TENANT_LICENSE.ID.eq(LICENSE_LINK.TENANT_LICENSE_ID))
                .where(TENANT_LICENSE.CUSTOMER_ID.eq(customerId))
                .orderBy(LICENSE_LINK.ID)
                .fetch(r -> toLink(r.into(LICENSE_LINK)));
    }

    public int countOfProfile(long billingProfileId) {
        return dsl.fetchCount(LICENSE_LINK, LICENSE_LINK.BILLING_PROFILE_ID.eq(billingProfileId));
    }

    public long create(long tenantLicenseId, LicenseLinkDetails d, String actor, Instant now) {
        return dsl.insertInto(LICENSE_LINK)
                .set(LICENSE_LINK.TENANT_LICENSE_ID, tenantLicenseId)
                .set(LICENSE_LINK.BILLING_PROFILE_ID, d.billingProfileId())
                .set(LICENSE_LINK.PSA_AGREEMENT_ID, d.psaAgreementId())
                .set(LICENSE_LINK.BILLING_START_DATE, d.billingStartDate())
                .set(LICENSE_LINK.USERNAMES_ON_INVOICE, d.usernamesOnInvoice())
                .set(LICENSE_LINK.MINIMUM_QUANTITY, d.minimumQuantity())
                .set(LICENSE_LINK.SHOW_UNASSIGNED, d.showUnassigned())
                .set(LICENSE_LINK.QUANTITY_SOURCE, d.quantitySource().name())
                .set(LICENSE_LINK.UPDATED_AT, now)
                .set(LICENSE_LINK.UPDATED_BY, actor)
                .returning(LICENSE_LINK.ID)
                .fetchOne(LICENSE_LINK.ID);
    }

    /** @throws OptimisticLockException when someone changed it since {@code expectedVersion} was read */
    public void update(long id, LicenseLinkDetails d, String actor, Instant now, int expectedVersion) {
        int rows = dsl.update(LICENSE_LINK)
                .set(LICENSE_LINK.BILLING_PROFILE_ID, d.billingProfileId())
                .set(LICENSE_LINK.PSA_AGREEMENT_ID, d.psaAgreementId())
                .set(LICENSE_LINK.BILLING_START_DATE, d.billingStartDate())
                .set(LICENSE_LINK.USERNAMES_ON_INVOICE, d.usernamesOnInvoice())
                .set(LICENSE_LINK.MINIMUM_QUANTITY, d.minimumQuantity())
                .set(LICENSE_LINK.SHOW_UNASSIGNED, d.showUnassigned())
                .set(LICENSE_LINK.QUANTITY_SOURCE, d.quantitySource().name())
                .set(LICENSE_LINK.UPDATED_AT, now)
                .set(LICENSE_LINK.UPDATED_BY, actor)
                .set(LICENSE_LINK.VERSION, LICENSE_LINK.VERSION.plus(1))
                .where(LICENSE_LINK.ID.eq(id))
                .and(LICENSE_LINK.VERSION.eq(expectedVersion))
                .execute();
        if (rows != 1) {
            throw new OptimisticLockException("The license link");
        }
    }

    /**
     * Removes the link. The PSA sync's record of its addition stays (it has no foreign key to the link), so the next
     * sync cancels the addition instead of leaving it billing in ConnectWise.
     *
     * @throws OptimisticLockException when someone changed it since {@code expectedVersion} was read
     */
    public void delete(long id, int expectedVersion) {
        int rows = dsl.deleteFrom(LICENSE_LINK).where(LICENSE_LINK.ID.eq(id)).and(LICENSE_LINK.VERSION.eq(expectedVersion))
                .execute();
        if (rows != 1) {
            throw new OptimisticLockException("The license link");
        }
    }

    private static LicenseLink toLink(LicenseLinkRecord r) {
        return new LicenseLink(r.getId(), r.getTenantLicenseId(), new LicenseLinkDetails(r.getBillingProfileId(),
                r.getPsaAgreementId(), r.getBillingStartDate(), r.getUsernamesOnInvoice(), r.getMinimumQuantity(),
                r.getShowUnassigned(), QuantitySource.valueOf(r.getQuantitySource())), r.getUpdatedAt(), r.getUpdatedBy(),
                r.getVersion());
    }
}
