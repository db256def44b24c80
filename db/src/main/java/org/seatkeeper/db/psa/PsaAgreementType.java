package org.seatkeeper.db.psa;

import java.time.Instant;

/** A ConnectWise agreement type (e.g. "Microsoft 365"); {@code id} is ConnectWise's. */
public record PsaAgreementType(long id, String name, boolean inactive, Boolean prorate, boolean present,
                               Instant refreshedAt) {
}
