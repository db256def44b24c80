package org.seatkeeper.db.accounts;

import java.util.Objects;

/** A provider account as one sync run reports it: what the sync writer upserts. */
public record SyncedAccount(String externalId, String tenantId, String domain, String companyName, String country,
                            AccountAddress address, String relationshipStatus) {

    public SyncedAccount {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(relationshipStatus, "relationshipStatus");
        address = address == null ? AccountAddress.NONE : address;
    }
}
