package org.seatkeeper.app.psa;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.seatkeeper.app.jobs.JobRow;
import org.seatkeeper.db.psa.PsaDataSummary;

/**
 * Settings → PSA: the connection form, and what the last "Refresh PSA data" stored.
 *
 * @param connected  a connection is saved (Test connection and Refresh PSA data are offered)
 * @param keysHelp   under the key fields: required, or stored and kept when left empty
 * @param lastRefresh the latest refresh run, or null before the first
 */
public record PsaSettingsPage(boolean connected, String keysHelp, List<DataRow> data, JobRow lastRefresh, boolean refreshing) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One kind of PSA data: how many ConnectWise lists and when a refresh last saw them. */
    public record DataRow(String kind, int count, String refreshed) {
        static DataRow of(PsaDataSummary s) {
            return new DataRow(s.kind().label(), s.present(), s.refreshedAt() == null ? "never" : TIME.format(s.refreshedAt()));
        }
    }

    static String keysHelp(boolean stored) {
        return stored ? "Stored (encrypted). Leave both empty to keep them." : "Required: the API member's keys (System → Members → API Members).";
    }
}
