package org.seatkeeper.db.psa;

import java.time.Instant;

/**
 * The stored ConnectWise connection, without its keys (those stay ciphertext, see
 * {@link PsaConnectionRepository#keysCiphertext()}).
 */
public record PsaConnection(String siteUrl, String companyId, String clientId, String currency, Instant updatedAt,
                            String updatedBy, int version) {
}
