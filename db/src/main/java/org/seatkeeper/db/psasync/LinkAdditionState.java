package org.seatkeeper.db.psasync;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the PSA sync knows of the agreement addition a license link owns in ConnectWise (see V78).
 *
 * @param additionId         ConnectWise's id of the addition the link owns; null before the first write
 * @param writtenFingerprint the addition as ConnectWise held it when Seatkeeper last wrote or accepted it
 * @param wantedFingerprint  the draft it was written from (null forces a write: "take over")
 * @param effectiveFrom      after a cut-over: Seatkeeper's own addition starts on this day
 */
public record LinkAdditionState(long linkId, long tenantLicenseId, long profileId, long customerId, long agreementId,
                                Long additionId, String writtenFingerprint, String wantedFingerprint,
                                Integer psaQuantity, Integer seatkeeperQuantity, Integer purchased,
                                Integer wantedQuantity, LocalDate effectiveFrom, SyncState state, String problem,
                                Instant syncedAt) {

    /** Where a link's addition stands. */
    public enum SyncState {
        /** ConnectWise holds what Seatkeeper wrote (or accepted). */
        IN_SYNC,
        /** Someone changed Seatkeeper's addition in ConnectWise: reported, not overwritten until taken over. */
        EDITED_IN_PSA,
        /** A hand-made addition of the product is on the agreement: mark it as the link's or cancel it first. */
        CUT_OVER_NEEDED,
        /** The last write failed; the next run tries again. */
        FAILED
    }

    public LinkAdditionState withSyncedAt(Instant at) {
        return new LinkAdditionState(linkId, tenantLicenseId, profileId, customerId, agreementId, additionId,
                writtenFingerprint, wantedFingerprint, psaQuantity, seatkeeperQuantity, purchased, wantedQuantity,
                effectiveFrom, state, problem, at);
    }

    public LinkAdditionState withAcceptance(String written, String wanted, SyncState newState) {
        return new LinkAdditionState(linkId, tenantLicenseId, profileId, customerId, agreementId, additionId, written, wanted,
                psaQuantity, seatkeeperQuantity, purchased, wantedQuantity, effectiveFrom, newState, null, syncedAt);
    }
}
