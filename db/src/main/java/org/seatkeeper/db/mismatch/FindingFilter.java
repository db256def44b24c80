package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.noCondition;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;

import java.time.LocalDate;
import org.jooq.Condition;

/**
 * Which open findings to show; every part is optional.
 *
 * @param newSince only findings first seen on or after this date ("new since yesterday")
 */
public record FindingFilter(Long providerId, Long customerId, CheckKind check, LocalDate newSince) {

    public static FindingFilter all() {
        return new FindingFilter(null, null, null, null);
    }

    public static FindingFilter forCustomer(long customerId) {
        return new FindingFilter(null, customerId, null, null);
    }

    Condition condition() {
        Condition c = noCondition().and(MISMATCH_FINDING.RESOLVED_AT.isNull());
        if (providerId != null) {
            c = c.and(MISMATCH_FINDING.PROVIDER_ID.eq(providerId));
        }
        if (customerId != null) {
            c = c.and(MISMATCH_FINDING.CUSTOMER_ID.eq(customerId));
        }
        if (check != null) {
            c = c.and(MISMATCH_FINDING.CHECK_KIND.eq(check.name()));
        }
        if (newSince != null) {
            c = c.and(MISMATCH_FINDING.FIRST_SEEN_ON.ge(newSince));
        }
        return c;
    }
}
