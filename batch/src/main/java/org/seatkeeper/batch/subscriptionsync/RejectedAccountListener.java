package org.seatkeeper.batch.subscriptionsync;

import java.time.Clock;
import org.seatkeeper.batch.jobs.ReadableMessages;
import org.seatkeeper.batch.jobs.RejectedRecordListener;
import org.seatkeeper.db.jobs.RejectedRecordRepository;

/** An account whose subscriptions could not be read or saved, with the reason. */
final class RejectedAccountListener extends RejectedRecordListener<AccountSubscriptions, AccountSync> {

    RejectedAccountListener(RejectedRecordRepository rejected, Clock clock) {
        super(rejected, clock);
    }

    @Override
    public void onSkipInProcess(AccountSubscriptions item, Throwable t) {
        record(item.account().externalId(), ReadableMessages.of(t), null);
    }

    @Override
    public void onSkipInWrite(AccountSync item, Throwable t) {
        record(item.account().externalId(), "The subscriptions of account " + item.account().externalId()
                + " could not be saved: " + ReadableMessages.of(t), null);
    }
}
