package org.seatkeeper.batch.accounts;

import java.time.Clock;
import org.seatkeeper.batch.jobs.ReadableMessages;
import org.seatkeeper.batch.jobs.RejectedRecordListener;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.db.jobs.RejectedRecordRepository;

/** A skipped provider account: the provider's malformed record with the reason, or the account that failed to save. */
final class RejectedAccountListener extends RejectedRecordListener<AccountItem, SyncedAccount> {

    RejectedAccountListener(RejectedRecordRepository rejected, Clock clock) {
        super(rejected, clock);
    }

    @Override
    public void onSkipInProcess(AccountItem item, Throwable t) {
        if (t instanceof RejectedAccountException r) {
            record(r.externalId(), r.getMessage(), r.rawRecord());
        } else {
            record(externalId(item), ReadableMessages.of(t), null);
        }
    }

    @Override
    public void onSkipInWrite(SyncedAccount item, Throwable t) {
        record(item.externalId(), ReadableMessages.of(t), null);
    }

    private static String externalId(AccountItem item) {
        return item instanceof AccountItem.Reported r ? r.account().externalId()
                : ((AccountItem.Rejected) item).record().externalId();
    }
}
