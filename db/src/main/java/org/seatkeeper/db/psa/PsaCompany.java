package org.seatkeeper.db.psa;

import java.time.Instant;

/** A ConnectWise company as the last PSA data refresh saw it; {@code id} is ConnectWise's. */
public record PsaCompany(long id, String identifier, String name, String status, String website, boolean present,
                         Instant refreshedAt) {
}
