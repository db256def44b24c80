package org.seatkeeper.db.psa;

import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT;
import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT_TYPE;
import static org.seatkeeper.db.jooq.Tables.PSA_COMPANY;
import static org.seatkeeper.db.jooq.Tables.PSA_PRODUCT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The writes of "Refresh PSA data": one page of ConnectWise rows at a time, upserted by ConnectWise's id (one batch
 * per page), then the rows a completed read did not see marked not present. Texts longer than their column are cut,
 * never refused: one long name must not cost the refresh. No transaction code.
 */
public final class PsaRefreshRepository {

    private final DSLContext dsl;

    public PsaRefreshRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void saveCompanies(List<PsaCompany> page) {
        var t = PSA_COMPANY;
        dsl.batch(page.stream().map(c -> (Query) dsl.mergeInto(t).using(dsl.selectOne()).on(t.ID.eq(c.id()))
                .whenMatchedThenUpdate()
                .set(t.IDENTIFIER, fit(t.IDENTIFIER, c.identifier())).set(t.NAME, fit(t.NAME, c.name()))
                .set(t.STATUS, fit(t.STATUS, c.status())).set(t.WEBSITE, fit(t.WEBSITE, c.website()))
                .set(t.PRESENT, true).set(t.REFRESHED_AT, c.refreshedAt())
                .whenNotMatchedThenInsert(t.ID, t.IDENTIFIER, t.NAME, t.STATUS, t.WEBSITE, t.PRESENT, t.REFRESHED_AT)
                .values(c.id(), fit(t.IDENTIFIER, c.identifier()), fit(t.NAME, c.name()), fit(t.STATUS, c.status()),
                        fit(t.WEBSITE, c.website()), true, c.refreshedAt())).toList()).execute();
    }

    public void saveAgreementTypes(List<PsaAgreementType> page) {
        var t = PSA_AGREEMENT_TYPE;
        dsl.batch(page.stream().map(a -> (Query) dsl.mergeInto(t).using(dsl.selectOne()).on(t.ID.eq(a.id()))
                .whenMatchedThenUpdate()
                .set(t.NAME, fit(t.NAME, a.name())).set(t.INACTIVE, a.inactive()).set(t.PRORATE, a.prorate())
                .set(t.PRESENT, true).set(t.REFRESHED_AT, a.refreshedAt())
                .whenNotMatchedThenInsert(t.ID, t.NAME, t.INACTIVE, t.PRORATE, t.PRESENT, t.REFRESHED_AT)
                .values(a.id(), fit(t.NAME, a.name()), a.inactive(), a.prorate(), true, a.refreshedAt())).toList()).execute();
    }

    public void saveAgreements(List<PsaAgreement> page) {
        var t = PSA_AGREEMENT;
        dsl.batch(page.stream().map(a -> (Query) dsl.mergeInto(t).using(dsl.selectOne()).on(t.ID.eq(a.id()))
                .whenMatchedThenUpdate()
                .set(t.COMPANY_ID, a.companyId()).set(t.NAME, fit(t.NAME, a.name())).set(t.TYPE_ID, a.typeId())
                .set(t.TYPE_NAME, fit(t.TYPE_NAME, a.typeName())).set(t.STATUS, fit(t.STATUS, a.status()))
                .set(t.PRORATE, a.prorate()).set(t.START_DATE, a.startDate()).set(t.END_DATE, a.endDate())
                .set(t.CANCELLED, a.cancelled()).set(t.PARENT_ID, a.parentId())
                .set(t.PRESENT, true).set(t.REFRESHED_AT, a.refreshedAt())
                .whenNotMatchedThenInsert(t.ID, t.COMPANY_ID, t.NAME, t.TYPE_ID, t.TYPE_NAME, t.STATUS, t.PRORATE,
                        t.START_DATE, t.END_DATE, t.CANCELLED, t.PARENT_ID, t.PRESENT, t.REFRESHED_AT)
                .values(a.id(), a.companyId(), fit(t.NAME, a.name()), a.typeId(), fit(t.TYPE_NAME, a.typeName()),
                        fit(t.STATUS, a.status()), a.prorate(), a.startDate(), a.endDate(), a.cancelled(), a.parentId(),
                        true, a.refreshedAt())).toList()).execute();
    }

    public void saveProducts(List<PsaProduct> page) {
        var t = PSA_PRODUCT;
        dsl.batch(page.stream().map(p -> (Query) dsl.mergeInto(t).using(dsl.selectOne()).on(t.ID.eq(p.id()))
                .whenMatchedThenUpdate()
                .set(t.IDENTIFIER, fit(t.IDENTIFIER, p.identifier())).set(t.DESCRIPTION, fit(t.DESCRIPTION, p.description()))
                .set(t.INACTIVE, p.inactive()).set(t.PRICE, p.price()).set(t.COST, p.cost()).set(t.CURRENCY, p.currency())
                .set(t.PRESENT, true).set(t.REFRESHED_AT, p.refreshedAt())
                .whenNotMatchedThenInsert(t.ID, t.IDENTIFIER, t.DESCRIPTION, t.INACTIVE, t.PRICE, t.COST, t.CURRENCY,
                        t.PRESENT, t.REFRESHED_AT)
                .values(p.id(), fit(t.IDENTIFIER, p.identifier()), fit(t.DESCRIPTION, p.description()), p.inactive(),
                        p.price(), p.cost(), p.currency(), true, p.refreshedAt())).toList()).execute();
    }

    /**
     * After a complete read: rows of that kind the read did not see (written before {@code readStarted}) are marked
     * not present. Nothing is deleted.
     *
     * @return how many rows ConnectWise no longer lists
     */
    public int markNotSeenSince(PsaDataKind kind, Instant readStarted) {
        Table<?> table = PsaTables.table(kind);
        Field<Boolean> present = PsaTables.present(kind);
        Field<Instant> refreshedAt = PsaTables.refreshedAt(kind);
        return dsl.update(table).set(present, false).where(present.isTrue()).and(refreshedAt.lt(readStarted)).execute();
    }

    static String fit(TableField<?, String> column, String value) {
        int length = column.getDataType().length();
        return value == null || length <= 0 || value.length() <= length ? value : value.substring(0, length);
    }
}
