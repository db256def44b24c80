package org.seatkeeper.batch.mismatch;

import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.OptionalTables;

/**
 * A check that needs the data of a feature a reseller may not use (PSA billing, tenant license usage): until its table
 * holds rows (a license link the PSA sync has seen, a tenant read) it is skipped, and the report says why.
 */
record OptionalCheck(CheckKind kind, List<String> tables, String noDataReason) {

    static final OptionalCheck PSA = new OptionalCheck(CheckKind.PSA_VS_SEATKEEPER,
            List.of("PSA_LINK_ADDITION"), "no PSA billing data yet");
    static final OptionalCheck UNASSIGNED = new OptionalCheck(CheckKind.UNASSIGNED,
            List.of("TENANT_LICENSE"), "no tenant usage data yet");
    static final List<OptionalCheck> ALL = List.of(PSA, UNASSIGNED);

    /** Why the check cannot run tonight; empty when it can. */
    Optional<String> skipReason(OptionalTables probe) {
        Optional<String> table = probe.firstExisting(tables.toArray(String[]::new));
        if (table.isEmpty() || !probe.hasRows(table.get())) {
            return Optional.of(noDataReason);
        }
        return Optional.empty();
    }
}
