package org.seatkeeper.db.psa;

import java.time.Instant;

/**
 * How much PSA data Seatkeeper holds of one kind and when a refresh last saw it.
 *
 * @param present     rows ConnectWise still listed at the last refresh
 * @param refreshedAt null before the first refresh
 */
public record PsaDataSummary(PsaDataKind kind, int present, Instant refreshedAt) {
}
