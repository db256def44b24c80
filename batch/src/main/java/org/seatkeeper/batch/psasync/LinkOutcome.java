package org.seatkeeper.batch.psasync;

import java.util.List;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.providers.connectwise.CwAddition;

/**
 * What the sync does for one link (or one removed link's record): the writes, in order, and the record to keep after
 * them. When the writes add an addition, its id (known only once ConnectWise answers) becomes the record's.
 *
 * @param want   null for a removed link
 * @param after  the record once the writes are made; null when it is to be deleted (a removed link, cancelled)
 * @param note     what a person should know (a hand edit, a cut-over to do), or null
 * @param handMade the agreement's hand-made live additions of the link's product, when they hold it back (cut-over)
 * @param owned    the live addition the link owns in ConnectWise now, if any (what "take over" accepts)
 */
public record LinkOutcome(long linkId, LinkWant want, LinkAdditionState before, List<PsaWrite> writes,
                          LinkAdditionState after, String note, List<CwAddition> handMade, CwAddition owned) {

    public LinkOutcome {
        writes = List.copyOf(writes);
        handMade = List.copyOf(handMade);
    }

    public LinkOutcome(long linkId, LinkWant want, LinkAdditionState before, List<PsaWrite> writes,
                       LinkAdditionState after, String note) {
        this(linkId, want, before, writes, after, note, List.of(), null);
    }

    public boolean writesAny() {
        return !writes.isEmpty();
    }

    public String label() {
        return want != null ? want.label() : "Removed link #" + linkId;
    }
}
