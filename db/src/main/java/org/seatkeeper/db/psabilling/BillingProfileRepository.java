package org.seatkeeper.db.psabilling;

import static org.seatkeeper.db.jooq.Tables.BILLING_PROFILE;
import static org.seatkeeper.db.jooq.Tables.BILLING_PROFILE_AGREEMENT_TYPE;
import static org.seatkeeper.db.jooq.Tables.BILLING_PROFILE_SKU;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.BillingProfileRecord;

/** Billing profiles with their agreement types and SKU terms. No transaction code: callers audit in the same one. */
public final class BillingProfileRepository {

    private final DSLContext dsl;

    public BillingProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every profile, by name. */
    public List<BillingProfile> list() {
        return read(DSL.noCondition());
    }

    public Optional<BillingProfile> find(long id) {
        return read(BILLING_PROFILE.ID.eq(id)).stream().findFirst();
    }

    public Optional<BillingProfile> byName(String name) {
        return read(BILLING_PROFILE.NAME.equalIgnoreCase(name)).stream().findFirst();
    }

    public long create(BillingProfileDetails d, String actor, Instant now) {
        long id = dsl.insertInto(BILLING_PROFILE)
                .set(BILLING_PROFILE.NAME, d.name())
                .set(BILLING_PROFILE.PSA_PRODUCT_ID, d.psaProductId())
                .set(BILLING_PROFILE.UNIT_PRICE, d.unitPrice())
                .set(BILLING_PROFILE.UNIT_COST, d.unitCost())
                .set(BILLING_PROFILE.CURRENCY, d.currency())
                .set(BILLING_PROFILE.UPDATED_AT, now)
                .set(BILLING_PROFILE.UPDATED_BY, actor)
                .returning(BILLING_PROFILE.ID)
                .fetchOne(BILLING_PROFILE.ID);
        writeChildren(id, d);
        return id;
    }

    /** @throws OptimisticLockException when someone changed it since {@code expectedVersion} was read */
    public void update(long id, BillingProfileDetails d, String actor, Instant now, int expectedVersion) {
        int rows = dsl.update(BILLING_PROFILE)
                .set(BILLING_PROFILE.NAME, d.name())
                .set(BILLING_PROFILE.PSA_PRODUCT_ID, d.psaProductId())
                .set(BILLING_PROFILE.UNIT_PRICE, d.unitPrice())
                .set(BILLING_PROFILE.UNIT_COST, d.unitCost())
                .set(BILLING_PROFILE.CURRENCY, d.currency())
                .set(BILLING_PROFILE.UPDATED_AT, now)
                .set(BILLING_PROFILE.UPDATED_BY, actor)
                .set(BILLING_PROFILE.VERSION, BILLING_PROFILE.VERSION.plus(1))
                .where(BILLING_PROFILE.ID.eq(id))
                .and(BILLING_PROFILE.VERSION.eq(expectedVersion))
                .execute();
        if (rows != 1) {
            throw new OptimisticLockException("The billing profile");
        }
        dsl.deleteFrom(BILLING_PROFILE_AGREEMENT_TYPE).where(BILLING_PROFILE_AGREEMENT_TYPE.BILLING_PROFILE_ID.eq(id)).execute();
        dsl.deleteFrom(BILLING_PROFILE_SKU).where(BILLING_PROFILE_SKU.BILLING_PROFILE_ID.eq(id)).execute();
        writeChildren(id, d);
    }

    private void writeChildren(long id, BillingProfileDetails d) {
        if (!d.agreementTypeIds().isEmpty()) {
            var insert = dsl.insertInto(BILLING_PROFILE_AGREEMENT_TYPE, BILLING_PROFILE_AGREEMENT_TYPE.BILLING_PROFILE_ID,
                    BILLING_PROFILE_AGREEMENT_TYPE.AGREEMENT_TYPE_ID);
            for (long type : d.agreementTypeIds()) {
                insert = insert.values(id, type);
            }
            insert.execute();
        }
        if (!d.skus().isEmpty()) {
            var insert = dsl.insertInto(BILLING_PROFILE_SKU, BILLING_PROFILE_SKU.BILLING_PROFILE_ID, BILLING_PROFILE_SKU.SKU_ID,
                    BILLING_PROFILE_SKU.TERM);
            for (SkuTerm sku : d.skus()) {
                insert = insert.values(id, sku.skuId(), sku.term());
            }
            insert.execute();
        }
    }

    private List<BillingProfile> read(Condition condition) {
        List<BillingProfileRecord> profiles = dsl.selectFrom(BILLING_PROFILE).where(condition)
                .orderBy(BILLING_PROFILE.NAME, BILLING_PROFILE.ID).fetch();
        if (profiles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = profiles.stream().map(BillingProfileRecord::getId).toList();
        Map<Long, Set<Long>> types = new HashMap<>();
        dsl.selectFrom(BILLING_PROFILE_AGREEMENT_TYPE).where(BILLING_PROFILE_AGREEMENT_TYPE.BILLING_PROFILE_ID.in(ids))
                .forEach(r -> types.computeIfAbsent(r.getBillingProfileId(), k -> new HashSet<>()).add(r.getAgreementTypeId()));
        Map<Long, Set<SkuTerm>> skus = new HashMap<>();
        dsl.selectFrom(BILLING_PROFILE_SKU).where(BILLING_PROFILE_SKU.BILLING_PROFILE_ID.in(ids))
                .forEach(r -> skus.computeIfAbsent(r.getBillingProfileId(), k -> new HashSet<>()).add(new SkuTerm(r.getSkuId(), r.getTerm())));
        return profiles.stream().map(r -> new BillingProfile(r.getId(), new BillingProfileDetails(r.getName(),
                r.getPsaProductId(), r.getUnitPrice(), r.getUnitCost(), r.getCurrency(),
                types.getOrDefault(r.getId(), Set.of()), skus.getOrDefault(r.getId(), Set.of())),
                r.getUpdatedAt(), r.getUpdatedBy(), r.getVersion())).toList();
    }
}
