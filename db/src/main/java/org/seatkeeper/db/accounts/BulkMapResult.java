package org.seatkeeper.db.accounts;

import java.util.List;
import java.util.Map;

/** What a bulk map did: the accounts now mapped, and for each refused account the reason. */
public record BulkMapResult(List<Long> mapped, Map<Long, String> refused) {

    public BulkMapResult {
        mapped = List.copyOf(mapped);
        refused = Map.copyOf(refused);
    }
}
