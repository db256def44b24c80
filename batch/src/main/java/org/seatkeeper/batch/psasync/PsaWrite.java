package org.seatkeeper.batch.psasync;

import java.time.LocalDate;
import java.util.List;
import org.seatkeeper.providers.connectwise.CwAddition;
import org.seatkeeper.providers.connectwise.PatchOperation;

/** One write the PSA sync makes to a ConnectWise agreement's additions, and how the preview says it. */
public sealed interface PsaWrite {

    long agreementId();

    /** In words, for the preview and the run's log. */
    String describe();

    /** POST a new addition. */
    record Add(long agreementId, CwAddition addition) implements PsaWrite {
        @Override
        public String describe() {
            return "Add " + addition.quantity().stripTrailingZeros().toPlainString() + " × " + addition.product().identifier()
                    + " from " + SyncPlanner.date(addition.effectiveDate());
        }
    }

    /** PATCH an addition in place. */
    record Change(long agreementId, long additionId, List<PatchOperation> operations, String summary) implements PsaWrite {
        @Override
        public String describe() {
            return "Change addition #" + additionId + ": " + summary;
        }
    }

    /** Set an addition's cancelledDate: it bills until that day. */
    record Cancel(long agreementId, long additionId, LocalDate date, String reason) implements PsaWrite {
        @Override
        public String describe() {
            return "Cancel addition #" + additionId + " dated " + date + " (" + reason + ")";
        }
    }
}
