package org.seatkeeper.db.agreements;

import static org.seatkeeper.db.jooq.Tables.AGREEMENT_TEMPLATE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;

/** Agreement templates. Retired templates stay (acceptances point at them) but are no longer offered. */
public final class AgreementTemplateRepository {

    private final DSLContext dsl;

    public AgreementTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Built-in first, then by name; retired ones last. */
    public List<AgreementTemplate> list() {
        return fetch(AGREEMENT_TEMPLATE.ID.isNotNull());
    }

    /** The templates a customer can sign now. */
    public List<AgreementTemplate> active() {
        return fetch(AGREEMENT_TEMPLATE.RETIRED.isFalse());
    }

    public Optional<AgreementTemplate> find(long id) {
        return fetch(AGREEMENT_TEMPLATE.ID.eq(id)).stream().findFirst();
    }

    public boolean nameTaken(String name, Long exceptId) {
        Condition condition = AGREEMENT_TEMPLATE.NAME.equalIgnoreCase(name.strip());
        if (exceptId != null) {
            condition = condition.and(AGREEMENT_TEMPLATE.ID.ne(exceptId));
        }
        return dsl.fetchExists(AGREEMENT_TEMPLATE, condition);
    }

    public long insert(AgreementTemplateDetails details, Instant now) {
        return dsl.insertInto(AGREEMENT_TEMPLATE)
                .set(AGREEMENT_TEMPLATE.NAME, details.name())
                .set(AGREEMENT_TEMPLATE.AGREEMENT_TYPE, details.agreementType())
                .set(AGREEMENT_TEMPLATE.LINK, details.link())
                .set(AGREEMENT_TEMPLATE.BODY_TEXT, details.bodyText())
                .set(AGREEMENT_TEMPLATE.CREATED_AT, now)
                .returning(AGREEMENT_TEMPLATE.ID)
                .fetchOne(AGREEMENT_TEMPLATE.ID);
    }

    public void update(long id, AgreementTemplateDetails details, int expectedVersion) {
        int rows = dsl.update(AGREEMENT_TEMPLATE)
                .set(AGREEMENT_TEMPLATE.NAME, details.name())
                .set(AGREEMENT_TEMPLATE.AGREEMENT_TYPE, details.agreementType())
                .set(AGREEMENT_TEMPLATE.LINK, details.link())
                .set(AGREEMENT_TEMPLATE.BODY_TEXT, details.bodyText())
                .set(AGREEMENT_TEMPLATE.VERSION, AGREEMENT_TEMPLATE.VERSION.plus(1))
                .where(AGREEMENT_TEMPLATE.ID.eq(id))
                .and(AGREEMENT_TEMPLATE.VERSION.eq(expectedVersion))
                .execute();
        requireOne(rows);
    }

    /** Retires or restores a template; the built-in one is never retired (the WHERE clause keeps it). */
    public void setRetired(long id, boolean retired, int expectedVersion) {
        int rows = dsl.update(AGREEMENT_TEMPLATE)
                .set(AGREEMENT_TEMPLATE.RETIRED, retired)
                .set(AGREEMENT_TEMPLATE.VERSION, AGREEMENT_TEMPLATE.VERSION.plus(1))
                .where(AGREEMENT_TEMPLATE.ID.eq(id))
                .and(AGREEMENT_TEMPLATE.VERSION.eq(expectedVersion))
                .and(AGREEMENT_TEMPLATE.BUILT_IN.isFalse())
                .execute();
        requireOne(rows);
    }

    private List<AgreementTemplate> fetch(Condition condition) {
        return dsl.select(AGREEMENT_TEMPLATE.asterisk())
                .from(AGREEMENT_TEMPLATE)
                .where(condition)
                .orderBy(AGREEMENT_TEMPLATE.RETIRED, AGREEMENT_TEMPLATE.BUILT_IN.desc(), AGREEMENT_TEMPLATE.NAME)
                .fetch(AgreementTemplateRepository::toTemplate);
    }

    private static void requireOne(int rows) {
        if (rows == 0) {
            throw new OptimisticLockException("This agreement template");
        }
    }

    private static AgreementTemplate toTemplate(Record r) {
        return new AgreementTemplate(r.get(AGREEMENT_TEMPLATE.ID),
                new AgreementTemplateDetails(r.get(AGREEMENT_TEMPLATE.NAME), r.get(AGREEMENT_TEMPLATE.AGREEMENT_TYPE),
                        r.get(AGREEMENT_TEMPLATE.LINK), r.get(AGREEMENT_TEMPLATE.BODY_TEXT)),
                r.get(AGREEMENT_TEMPLATE.BUILT_IN), r.get(AGREEMENT_TEMPLATE.RETIRED),
                r.get(AGREEMENT_TEMPLATE.CREATED_AT), r.get(AGREEMENT_TEMPLATE.VERSION));
    }
}
