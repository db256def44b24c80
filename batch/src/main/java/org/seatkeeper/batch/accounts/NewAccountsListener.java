package org.seatkeeper.batch.accounts;

import java.util.List;
import org.seatkeeper.db.accounts.NewProviderAccount;

/**
 * Told about accounts a sync has just created, inside the chunk's transaction (so what it writes commits or rolls
 * back with them). Example: an invitation becomes accepted when its tenant appears. Must be idempotent: a chunk that
 * fails is written again.
 */
@FunctionalInterface
public interface NewAccountsListener {

    void onNewAccounts(long providerId, List<NewProviderAccount> accounts);
}
