package org.seatkeeper.db.psa;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ConnectWise agreement as the last PSA data refresh saw it; ids are ConnectWise's.
 *
 * @param status  ConnectWise's agreementStatus: Active, Cancelled, Expired, Inactive
 * @param prorate whether additions changed mid-period are prorated
 */
public record PsaAgreement(long id, long companyId, String name, Long typeId, String typeName, String status,
                           boolean prorate, LocalDate startDate, LocalDate endDate, boolean cancelled, Long parentId,
                           boolean present, Instant refreshedAt) {

    public static final String ACTIVE = "Active";

    /** An agreement additions may go on: ConnectWise lists it, it is active and not cancelled. */
    public boolean open() {
        return present && !cancelled && ACTIVE.equalsIgnoreCase(status);
    }
}
