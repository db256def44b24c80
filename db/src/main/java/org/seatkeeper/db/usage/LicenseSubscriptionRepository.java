package org.seatkeeper.db.usage;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.List;
import org.jooq.DSLContext;

/** The customer's subscriptions that are not deactivated, with their product's offer id and term: what bills its licenses. */
public final class LicenseSubscriptionRepository {

    private final DSLContext dsl;

    public LicenseSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<LicenseSubscription> live(long customerId) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.NAME, PRODUCT.OFFER_ID, PRODUCT.TERM,
                        PRODUCT.BILLING_CYCLE, SUBSCRIPTION.QUANTITY, SUBSCRIPTION.STATUS, SUBSCRIPTION.TERM_END_DATE,
                        SUBSCRIPTION.AUTO_RENEW)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(BILLING_CONTRACT.CUSTOMER_ID.eq(customerId))
                .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED"))
                .orderBy(SUBSCRIPTION.NAME, SUBSCRIPTION.ID)
                .fetch(r -> new LicenseSubscription(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }
}
