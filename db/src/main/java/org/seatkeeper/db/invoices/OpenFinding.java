package org.seatkeeper.db.invoices;

/** An open reconciliation finding on a subscription a draft bills: check (as stored), finding id, detail. */
public record OpenFinding(long id, long subscriptionId, String checkKind, String subjectName, String detail) {
}
