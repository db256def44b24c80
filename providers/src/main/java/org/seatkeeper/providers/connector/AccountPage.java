package org.seatkeeper.providers.connector;

import java.util.List;

/** @param nextPageToken null on the last page; otherwise pass it to listAccounts to continue (also after a restart) */
public record AccountPage(List<ProviderAccountRecord> accounts, List<RejectedRecord> rejected, String nextPageToken) {

    public AccountPage {
        accounts = List.copyOf(accounts);
        rejected = List.copyOf(rejected);
    }
}
