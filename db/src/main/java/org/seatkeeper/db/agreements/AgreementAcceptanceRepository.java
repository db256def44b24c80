package org.seatkeeper.db.agreements;

import static org.seatkeeper.db.jooq.Tables.AGREEMENT_ACCEPTANCE;
import static org.seatkeeper.db.jooq.Tables.AGREEMENT_TEMPLATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** Agreement acceptances: what was signed, by whom, when, and whether the provider has it. */
public final class AgreementAcceptanceRepository {

    private final DSLContext dsl;

    public AgreementAcceptanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long customerId, long templateId, long contactId, LocalDate dateSigned, Long providerId,
                       String username, Instant now) {
        return dsl.insertInto(AGREEMENT_ACCEPTANCE)
                .set(AGREEMENT_ACCEPTANCE.CUSTOMER_ID, customerId)
                .set(AGREEMENT_ACCEPTANCE.TEMPLATE_ID, templateId)
                .set(AGREEMENT_ACCEPTANCE.CONTACT_ID, contactId)
                .set(AGREEMENT_ACCEPTANCE.DATE_SIGNED, dateSigned)
                .set(AGREEMENT_ACCEPTANCE.PROVIDER_ID, providerId)
                .set(AGREEMENT_ACCEPTANCE.RECORDED_BY, username)
                .set(AGREEMENT_ACCEPTANCE.RECORDED_AT, now)
                .returning(AGREEMENT_ACCEPTANCE.ID)
                .fetchOne(AGREEMENT_ACCEPTANCE.ID);
    }

    public void markSentToProvider(long id, Instant now) {
        dsl.update(AGREEMENT_ACCEPTANCE)
                .set(AGREEMENT_ACCEPTANCE.SENT_TO_PROVIDER_AT, now)
                .where(AGREEMENT_ACCEPTANCE.ID.eq(id))
                .execute();
    }

    public List<AgreementAcceptance> byCustomer(long customerId) {
        return dsl.select(AGREEMENT_ACCEPTANCE.asterisk(), AGREEMENT_TEMPLATE.NAME)
                .from(AGREEMENT_ACCEPTANCE)
                .join(AGREEMENT_TEMPLATE).on(AGREEMENT_TEMPLATE.ID.eq(AGREEMENT_ACCEPTANCE.TEMPLATE_ID))
                .where(AGREEMENT_ACCEPTANCE.CUSTOMER_ID.eq(customerId))
                .orderBy(AGREEMENT_ACCEPTANCE.ID)
                .fetch(r -> new AgreementAcceptance(r.get(AGREEMENT_ACCEPTANCE.ID), r.get(AGREEMENT_ACCEPTANCE.CUSTOMER_ID),
                        r.get(AGREEMENT_ACCEPTANCE.TEMPLATE_ID), r.get(AGREEMENT_TEMPLATE.NAME),
                        r.get(AGREEMENT_ACCEPTANCE.CONTACT_ID), r.get(AGREEMENT_ACCEPTANCE.DATE_SIGNED),
                        r.get(AGREEMENT_ACCEPTANCE.PROVIDER_ID), r.get(AGREEMENT_ACCEPTANCE.SENT_TO_PROVIDER_AT),
                        r.get(AGREEMENT_ACCEPTANCE.RECORDED_BY), r.get(AGREEMENT_ACCEPTANCE.RECORDED_AT)));
    }
}
