package org.seatkeeper.app.psasync;

import java.util.List;

/**
 * The PSA sync's preview, for every link or one customer's: each link's writes the next run would make, and what
 * holds a link back (a hand edit, a cut-over to do) with what a person can do about it.
 *
 * @param customerId null for the page of every customer
 * @param problem    why ConnectWise could not be read for the preview, or empty
 */
public record SyncPreviewPage(String title, Long customerId, String customerName, boolean canWrite, boolean connected,
                       String problem, List<Row> rows, int writes, String action, String lastDayDefault) {

    /** One link (or removed link) on one agreement. */
    public record Row(long linkId, long customerId, String label, String agreement, String state, String stateKind,
               List<String> writes, String note, boolean edited, boolean cutOver, boolean linked,
               List<Option> handMade, String psaQuantity, String seatkeeperQuantity, String remove) {
    }

    public record Option(String value, String label) {
    }
}
