package org.seatkeeper.batch.mismatch;

import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.OptionalTables;

/**
 * A check that needs the data of a feature that may not exist yet (PSA billing, tenant license usage). Until its
 * tables exist and hold rows it is skipped, and the report says why.
 *
 * <p>The queries themselves are written when those features land (their table shapes are theirs to choose): a
 * present table without a query is reported as "not wired yet", never silently passed.
 */
record OptionalCheck(CheckKind kind, List<String> tables, String noDataReason) {

    static final OptionalCheck PSA = new OptionalCheck(CheckKind.PSA_VS_SEATKEEPER,
            List.of("PSA_LICENSE_LINK", "LICENSE_LINK", "PSA_AGREEMENT_ADDITION"), "no PSA billing data yet");
    static final OptionalCheck UNASSIGNED = new OptionalCheck(CheckKind.UNASSIGNED,
            List.of("TENANT_LICENSE", "TENANT_SKU", "TENANT_LICENSE_USAGE", "TENANT_SUBSCRIBED_SKU"),
            "no tenant usage data yet");
    static final List<OptionalCheck> ALL = List.of(PSA, UNASSIGNED);

    /** Why the check cannot run tonight; empty when it can. */
    Optional<String> skipReason(OptionalTables probe) {
        Optional<String> table = probe.firstExisting(tables.toArray(String[]::new));
        if (table.isEmpty() || !probe.hasRows(table.get())) {
            return Optional.of(noDataReason);
        }
        return Optional.of(table.get() + " holds data, but this check is not wired to it yet");
    }
}
