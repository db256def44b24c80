package org.seatkeeper.db.psa;

import static org.seatkeeper.db.jooq.Tables.CONTACT;
import static org.seatkeeper.db.jooq.Tables.PSA_CONTACT_LINK;

import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;

/** Which ConnectWise contact each Seatkeeper contact is. Nothing is deleted. No transaction code. */
public final class PsaContactLinkRepository {

    private final DSLContext dsl;

    public PsaContactLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Seatkeeper contact id → ConnectWise contact id, for a customer's contacts. */
    public Map<Long, Long> ofCustomer(long customerId) {
        return dsl.select(PSA_CONTACT_LINK.CONTACT_ID, PSA_CONTACT_LINK.PSA_CONTACT_ID)
                .from(PSA_CONTACT_LINK)
                .join(CONTACT).on(CONTACT.ID.eq(PSA_CONTACT_LINK.CONTACT_ID))
                .where(CONTACT.CUSTOMER_ID.eq(customerId))
                .fetchMap(PSA_CONTACT_LINK.CONTACT_ID, PSA_CONTACT_LINK.PSA_CONTACT_ID);
    }

    /** Records the link of one contact (a ConnectWise contact is one Seatkeeper contact's: uq_psa_contact_link_psa). */
    public void save(long contactId, long psaContactId, long psaCompanyId, Instant at) {
        dsl.mergeInto(PSA_CONTACT_LINK).using(dsl.selectOne()).on(PSA_CONTACT_LINK.CONTACT_ID.eq(contactId))
                .whenMatchedThenUpdate()
                .set(PSA_CONTACT_LINK.PSA_CONTACT_ID, psaContactId)
                .set(PSA_CONTACT_LINK.PSA_COMPANY_ID, psaCompanyId)
                .set(PSA_CONTACT_LINK.SYNCED_AT, at)
                .whenNotMatchedThenInsert(PSA_CONTACT_LINK.CONTACT_ID, PSA_CONTACT_LINK.PSA_CONTACT_ID,
                        PSA_CONTACT_LINK.PSA_COMPANY_ID, PSA_CONTACT_LINK.SYNCED_AT)
                .values(contactId, psaContactId, psaCompanyId, at)
                .execute();
    }
}
