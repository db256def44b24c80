package org.seatkeeper.db.accounts;

import java.util.List;

/** What one bulk upsert did: rows created, rows changed, and rows left untouched because nothing changed. */
public record UpsertResult(List<NewProviderAccount> created, int updated, int unchanged) {

    public UpsertResult {
        created = List.copyOf(created);
    }

    public int written() {
        return created.size() + updated;
    }
}
