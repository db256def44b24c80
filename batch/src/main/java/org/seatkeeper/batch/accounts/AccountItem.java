package org.seatkeeper.batch.accounts;

import org.seatkeeper.providers.connector.ProviderAccountRecord;
import org.seatkeeper.providers.connector.RejectedRecord;

/** What the reader hands on: an account the provider reported, or an item the connector could not map. */
sealed interface AccountItem {

    record Reported(ProviderAccountRecord account) implements AccountItem {
    }

    record Rejected(RejectedRecord record) implements AccountItem {
    }
}
