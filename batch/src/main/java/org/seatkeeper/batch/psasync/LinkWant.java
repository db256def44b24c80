package org.seatkeeper.batch.psasync;

import org.seatkeeper.providers.connectwise.CwAddition;

/**
 * What a license link wants in ConnectWise today: its addition as {@code AdditionDrafts.draft} draws it, and the
 * numbers behind it (S, E and the quantity billed) for the record and the reconciliation.
 *
 * @param label "Customer: license (profile)", for the preview, the run's log and notifications
 */
public record LinkWant(long linkId, long tenantLicenseId, long profileId, long customerId, long agreementId,
                       CwAddition draft, int wantedQuantity, int seatkeeperQuantity, int purchased, String label) {
}
