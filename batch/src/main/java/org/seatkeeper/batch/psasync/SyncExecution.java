package org.seatkeeper.batch.psasync;

import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.connectwise.CwAddition;

/** Makes one link's planned writes, in order, and returns the record to keep (with the id of an addition it added). */
public final class SyncExecution {

    private SyncExecution() {
    }

    public static LinkAdditionState execute(ConnectWiseClient client, LinkOutcome outcome) {
        Long added = null;
        CwAddition result = null;
        for (PsaWrite write : outcome.writes()) {
            if (write instanceof PsaWrite.Add add) {
                result = client.createAddition(add.agreementId(), add.addition());
                added = result.id();
            } else if (write instanceof PsaWrite.Change change) {
                result = client.updateAddition(change.agreementId(), change.additionId(), change.operations());
            } else if (write instanceof PsaWrite.Cancel cancel) {
                client.cancelAddition(cancel.agreementId(), cancel.additionId(), cancel.date());
            }
        }
        LinkAdditionState after = outcome.after();
        if (after == null || result == null) {
            return after;
        }
        // what ConnectWise answered is what it holds: the next run compares with that
        return new LinkAdditionState(after.linkId(), after.tenantLicenseId(), after.profileId(), after.customerId(),
                after.agreementId(), added != null ? added : after.additionId(), AdditionFingerprint.of(result),
                after.wantedFingerprint(), SyncPlanner.quantity(result),
                after.seatkeeperQuantity(), after.purchased(), after.wantedQuantity(), after.effectiveFrom(), after.state(),
                after.problem(), after.syncedAt());
    }
}
