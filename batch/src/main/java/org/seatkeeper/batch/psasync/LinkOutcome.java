package org.seatkeeper.batch.psasync;

import java.util.List;
import org.seatkeeper.db.psasync.LinkAdditionState;

/**
 * What the sync does for one link (or one removed link's record): the writes, in order, and the record to keep after
 * them. When the writes add an addition, its id (known only once ConnectWise answers) becomes the record's.
 *
 * @param want   null for a removed link
 * @param after  the record once the writes are made; null when it is to be deleted (a removed link, cancelled)
 * @param note   what a person should know (a hand edit, a cut-over to do), or null
 */
public record LinkOutcome(long linkId, LinkWant want, LinkAdditionState before, List<PsaWrite> writes,
                          LinkAdditionState after, String note) {

    public LinkOutcome {
        writes = List.copyOf(writes);
    }

    public boolean writesAny() {
        return !writes.isEmpty();
    }

    public String label() {
        return want != null ? want.label() : "Removed link #" + linkId;
    }
}
