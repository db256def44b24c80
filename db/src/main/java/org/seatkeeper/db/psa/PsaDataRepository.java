package org.seatkeeper.db.psa;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT;
import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT_TYPE;
import static org.seatkeeper.db.jooq.Tables.PSA_COMPANY;
import static org.seatkeeper.db.jooq.Tables.PSA_PRODUCT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.seatkeeper.db.jooq.tables.records.PsaAgreementRecord;
import org.seatkeeper.db.jooq.tables.records.PsaAgreementTypeRecord;
import org.seatkeeper.db.jooq.tables.records.PsaCompanyRecord;
import org.seatkeeper.db.jooq.tables.records.PsaProductRecord;

/** Reads of the PSA data the last refresh stored: what linking customers, billing profiles and the PSA sync offer. */
public final class PsaDataRepository {

    private final DSLContext dsl;

    public PsaDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Per kind, in refresh order: rows ConnectWise still lists and when a refresh last saw one. */
    public List<PsaDataSummary> summaries() {
        List<PsaDataSummary> out = new ArrayList<>();
        for (PsaDataKind kind : PsaDataKind.values()) {
            var row = dsl.select(count().filterWhere(PsaTables.present(kind).isTrue()), max(PsaTables.refreshedAt(kind)))
                    .from(PsaTables.table(kind)).fetchSingle();
            out.add(new PsaDataSummary(kind, row.value1(), row.value2()));
        }
        return out;
    }

    /** Companies ConnectWise lists, by name. */
    public List<PsaCompany> companies() {
        return dsl.selectFrom(PSA_COMPANY).where(PSA_COMPANY.PRESENT.isTrue()).orderBy(PSA_COMPANY.NAME, PSA_COMPANY.ID)
                .fetch(PsaDataRepository::toCompany);
    }

    public Optional<PsaCompany> company(long id) {
        return dsl.selectFrom(PSA_COMPANY).where(PSA_COMPANY.ID.eq(id)).fetchOptional(PsaDataRepository::toCompany);
    }

    /**
     * A company's agreements, by name.
     *
     * @param openOnly only those additions may go on (listed, active, not cancelled)
     */
    public List<PsaAgreement> agreements(long companyId, boolean openOnly) {
        Condition condition = PSA_AGREEMENT.COMPANY_ID.eq(companyId);
        if (openOnly) {
            condition = condition.and(PSA_AGREEMENT.PRESENT.isTrue()).and(PSA_AGREEMENT.CANCELLED.isFalse())
                    .and(PSA_AGREEMENT.STATUS.eq(PsaAgreement.ACTIVE));
        }
        return dsl.selectFrom(PSA_AGREEMENT).where(condition).orderBy(PSA_AGREEMENT.NAME, PSA_AGREEMENT.ID)
                .fetch(PsaDataRepository::toAgreement);
    }

    public Optional<PsaAgreement> agreement(long id) {
        return dsl.selectFrom(PSA_AGREEMENT).where(PSA_AGREEMENT.ID.eq(id)).fetchOptional(PsaDataRepository::toAgreement);
    }

    public List<PsaAgreementType> agreementTypes() {
        return dsl.selectFrom(PSA_AGREEMENT_TYPE).where(PSA_AGREEMENT_TYPE.PRESENT.isTrue())
                .orderBy(PSA_AGREEMENT_TYPE.NAME).fetch(PsaDataRepository::toType);
    }

    /** Catalog products ConnectWise lists and that are not inactive, by identifier. */
    public List<PsaProduct> products() {
        return dsl.selectFrom(PSA_PRODUCT).where(PSA_PRODUCT.PRESENT.isTrue()).and(PSA_PRODUCT.INACTIVE.isFalse())
                .orderBy(PSA_PRODUCT.IDENTIFIER).fetch(PsaDataRepository::toProduct);
    }

    private static PsaCompany toCompany(PsaCompanyRecord r) {
        return new PsaCompany(r.getId(), r.getIdentifier(), r.getName(), r.getStatus(), r.getWebsite(), r.getPresent(),
                r.getRefreshedAt());
    }

    private static PsaAgreement toAgreement(PsaAgreementRecord r) {
        return new PsaAgreement(r.getId(), r.getCompanyId(), r.getName(), r.getTypeId(), r.getTypeName(), r.getStatus(),
                r.getProrate(), r.getStartDate(), r.getEndDate(), r.getCancelled(), r.getParentId(), r.getPresent(),
                r.getRefreshedAt());
    }

    private static PsaAgreementType toType(PsaAgreementTypeRecord r) {
        return new PsaAgreementType(r.getId(), r.getName(), r.getInactive(), r.getProrate(), r.getPresent(), r.getRefreshedAt());
    }

    private static PsaProduct toProduct(PsaProductRecord r) {
        return new PsaProduct(r.getId(), r.getIdentifier(), r.getDescription(), r.getInactive(), r.getPrice(), r.getCost(),
                r.getCurrency(), r.getPresent(), r.getRefreshedAt());
    }
}
