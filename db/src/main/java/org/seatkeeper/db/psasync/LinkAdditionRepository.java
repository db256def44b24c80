package org.seatkeeper.db.psasync;

import static org.seatkeeper.db.jooq.Tables.LICENSE_LINK;
import static org.seatkeeper.db.jooq.Tables.PSA_LINK_ADDITION;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.jooq.tables.records.PsaLinkAdditionRecord;

/**
 * The PSA sync's records of the additions license links own, and what a run goes through: every agreement that has a
 * link, or a record of a link since removed (whose addition must be cancelled). No transaction code.
 */
public final class LinkAdditionRepository {

    private final DSLContext dsl;

    public LinkAdditionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<LinkAdditionState> find(long linkId) {
        return dsl.selectFrom(PSA_LINK_ADDITION).where(PSA_LINK_ADDITION.LICENSE_LINK_ID.eq(linkId))
                .fetchOptional(LinkAdditionRepository::toState);
    }

    /** The records on the agreement, and the records of the given links wherever they are (a link that moved). */
    public List<LinkAdditionState> forAgreement(long agreementId, List<Long> linkIds) {
        return dsl.selectFrom(PSA_LINK_ADDITION)
                .where(PSA_LINK_ADDITION.PSA_AGREEMENT_ID.eq(agreementId).or(PSA_LINK_ADDITION.LICENSE_LINK_ID.in(linkIds)))
                .orderBy(PSA_LINK_ADDITION.LICENSE_LINK_ID).fetch(LinkAdditionRepository::toState);
    }

    public List<LinkAdditionState> ofCustomer(long customerId) {
        return dsl.selectFrom(PSA_LINK_ADDITION).where(PSA_LINK_ADDITION.CUSTOMER_ID.eq(customerId))
                .orderBy(PSA_LINK_ADDITION.LICENSE_LINK_ID).fetch(LinkAdditionRepository::toState);
    }

    /**
     * The next agreements a run goes through, by id: those with a link (of the customer, or the one link, when the
     * run is limited to it) and those with a record of a removed link.
     */
    public List<Long> agreementsAfter(long lastAgreementId, Long customerId, Long linkId, int limit) {
        var linked = DSL.selectDistinct(LICENSE_LINK.PSA_AGREEMENT_ID.as("agreement_id")).from(LICENSE_LINK)
                .join(TENANT_LICENSE).on(TENANT_LICENSE.ID.eq(LICENSE_LINK.TENANT_LICENSE_ID))
                .where(linkScope(customerId, linkId));
        var removed = DSL.selectDistinct(PSA_LINK_ADDITION.PSA_AGREEMENT_ID.as("agreement_id")).from(PSA_LINK_ADDITION)
                .where(DSL.notExists(DSL.selectOne().from(LICENSE_LINK)
                        .where(LICENSE_LINK.ID.eq(PSA_LINK_ADDITION.LICENSE_LINK_ID))))
                .and(stateScope(customerId, linkId));
        var all = linked.union(removed).asTable("targets");
        var id = all.field("agreement_id", Long.class);
        return dsl.selectDistinct(id).from(all).where(id.gt(lastAgreementId)).orderBy(id).limit(limit).fetch(id);
    }

    public int countAgreements(Long customerId, Long linkId) {
        return agreementsAfter(0, customerId, linkId, Integer.MAX_VALUE).size();
    }

    /** The links billed on the agreement (of the customer, or the one link), by id. */
    public List<Long> linksOn(long agreementId, Long customerId, Long linkId) {
        return dsl.select(LICENSE_LINK.ID).from(LICENSE_LINK)
                .join(TENANT_LICENSE).on(TENANT_LICENSE.ID.eq(LICENSE_LINK.TENANT_LICENSE_ID))
                .where(LICENSE_LINK.PSA_AGREEMENT_ID.eq(agreementId)).and(linkScope(customerId, linkId))
                .orderBy(LICENSE_LINK.ID).fetch(LICENSE_LINK.ID);
    }

    /** Records on the agreement whose link was removed (of the customer, or the one link). */
    public List<LinkAdditionState> removedOn(long agreementId, Long customerId, Long linkId) {
        return dsl.selectFrom(PSA_LINK_ADDITION)
                .where(PSA_LINK_ADDITION.PSA_AGREEMENT_ID.eq(agreementId))
                .and(DSL.notExists(DSL.selectOne().from(LICENSE_LINK)
                        .where(LICENSE_LINK.ID.eq(PSA_LINK_ADDITION.LICENSE_LINK_ID))))
                .and(stateScope(customerId, linkId))
                .orderBy(PSA_LINK_ADDITION.LICENSE_LINK_ID).fetch(LinkAdditionRepository::toState);
    }

    public void save(LinkAdditionState s) {
        PsaLinkAdditionRecord r = dsl.newRecord(PSA_LINK_ADDITION);
        r.setLicenseLinkId(s.linkId());
        r.setTenantLicenseId(s.tenantLicenseId());
        r.setBillingProfileId(s.profileId());
        r.setCustomerId(s.customerId());
        r.setPsaAgreementId(s.agreementId());
        r.setAdditionId(s.additionId());
        r.setWrittenFingerprint(s.writtenFingerprint());
        r.setWantedFingerprint(s.wantedFingerprint());
        r.setPsaQuantity(s.psaQuantity());
        r.setSeatkeeperQuantity(s.seatkeeperQuantity());
        r.setPurchased(s.purchased());
        r.setWantedQuantity(s.wantedQuantity());
        r.setEffectiveFrom(s.effectiveFrom());
        r.setState(s.state().name());
        r.setProblem(s.problem() == null ? null : s.problem().substring(0, Math.min(1000, s.problem().length())));
        r.setSyncedAt(s.syncedAt());
        dsl.insertInto(PSA_LINK_ADDITION).set(r).onDuplicateKeyUpdate().set(r).execute();
    }

    /** The links' records were checked and found as they were: only their sync time moves (one statement). */
    public void touch(List<Long> linkIds, java.time.Instant syncedAt) {
        if (!linkIds.isEmpty()) {
            dsl.update(PSA_LINK_ADDITION).set(PSA_LINK_ADDITION.SYNCED_AT, syncedAt)
                    .where(PSA_LINK_ADDITION.LICENSE_LINK_ID.in(linkIds)).execute();
        }
    }

    public void delete(long linkId) {
        dsl.deleteFrom(PSA_LINK_ADDITION).where(PSA_LINK_ADDITION.LICENSE_LINK_ID.eq(linkId)).execute();
    }

    /** Cut-over: the hand-made addition ends the day before; Seatkeeper's own starts on {@code from}. */
    public void cutOverFrom(LinkAdditionState base, LocalDate from) {
        save(new LinkAdditionState(base.linkId(), base.tenantLicenseId(), base.profileId(), base.customerId(),
                base.agreementId(), null, null, null, base.psaQuantity(), base.seatkeeperQuantity(), base.purchased(),
                base.wantedQuantity(), from, LinkAdditionState.SyncState.IN_SYNC, null, base.syncedAt()));
    }

    private static Condition linkScope(Long customerId, Long linkId) {
        Condition c = DSL.trueCondition();
        if (customerId != null) {
            c = c.and(TENANT_LICENSE.CUSTOMER_ID.eq(customerId));
        }
        if (linkId != null) {
            c = c.and(LICENSE_LINK.ID.eq(linkId));
        }
        return c;
    }

    private static Condition stateScope(Long customerId, Long linkId) {
        Condition c = DSL.trueCondition();
        if (customerId != null) {
            c = c.and(PSA_LINK_ADDITION.CUSTOMER_ID.eq(customerId));
        }
        if (linkId != null) {
            c = c.and(PSA_LINK_ADDITION.LICENSE_LINK_ID.eq(linkId));
        }
        return c;
    }

    private static LinkAdditionState toState(PsaLinkAdditionRecord r) {
        return new LinkAdditionState(r.getLicenseLinkId(), r.getTenantLicenseId(), r.getBillingProfileId(),
                r.getCustomerId(), r.getPsaAgreementId(), r.getAdditionId(), r.getWrittenFingerprint(),
                r.getWantedFingerprint(), r.getPsaQuantity(), r.getSeatkeeperQuantity(), r.getPurchased(),
                r.getWantedQuantity(), r.getEffectiveFrom(), LinkAdditionState.SyncState.valueOf(r.getState()),
                r.getProblem(), r.getSyncedAt());
    }
}
