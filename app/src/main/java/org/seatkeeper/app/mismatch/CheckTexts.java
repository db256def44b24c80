package org.seatkeeper.app.mismatch;

import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Direction;

/** The checks and directions of findings as the report, its CSV and the morning report name them. */
final class CheckTexts {

    private CheckTexts() {
    }

    static String label(CheckKind check) {
        return switch (check) {
            case LOG_INTEGRITY -> "Log integrity";
            case PROVIDER_VS_SEATKEEPER -> "Provider vs Seatkeeper";
            case STATUS -> "Status";
            case UNMAPPED -> "Unmapped";
            case GHOST -> "Ghost";
            case PSA_VS_SEATKEEPER -> "PSA vs Seatkeeper";
            case MISSING_DATA -> "Missing data";
            case UNREADABLE -> "Provider data unreadable";
            case UNASSIGNED -> "Unassigned";
        };
    }

    static String meaning(CheckKind check) {
        return switch (check) {
            case LOG_INTEGRITY -> "L != S: the license change log does not add up; repair it with an event";
            case PROVIDER_VS_SEATKEEPER -> "P != S after the sync: a change was missed, or a manual edit is wrong";
            case STATUS -> "The provider and Seatkeeper disagree whether the subscription is live";
            case UNMAPPED -> "No customer or no open contract: revenue leakage";
            case GHOST -> "The provider no longer reports this subscription: billing a license nobody has";
            case PSA_VS_SEATKEEPER -> "B != S for a linked license: the invoice is wrong";
            case MISSING_DATA -> "No price, currency, effective date or product: cannot be invoiced";
            case UNREADABLE -> "The provider lists it, but the last sync could not read its record: "
                    + "Seatkeeper keeps it as it was until a sync reads it again";
            case UNASSIGNED -> "E - A > 0: paying for idle seats";
        };
    }

    static String label(Direction direction) {
        return switch (direction) {
            case UNDER_BILLING -> "Under-billing";
            case OVER_BILLING -> "Over-billing";
            case DATA -> "Data";
        };
    }
}
