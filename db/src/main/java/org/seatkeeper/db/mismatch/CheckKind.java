package org.seatkeeper.db.mismatch;

/** The mismatch checks of DOMAIN.md, in the order the report lists them. */
public enum CheckKind {
    LOG_INTEGRITY("Log integrity", "L != S: the license change log does not add up; repair it with an event"),
    PROVIDER_VS_SEATKEEPER("Provider vs Seatkeeper", "P != S after the sync: a change was missed, or a manual edit is wrong"),
    STATUS("Status", "The provider and Seatkeeper disagree whether the subscription is live"),
    UNMAPPED("Unmapped", "No customer or no open contract: revenue leakage"),
    GHOST("Ghost", "The provider no longer reports this subscription: billing a license nobody has"),
    PSA_VS_SEATKEEPER("PSA vs Seatkeeper", "B != S for a linked license: the invoice is wrong"),
    MISSING_DATA("Missing data", "No price, currency, effective date or product: cannot be invoiced"),
    UNREADABLE("Provider data unreadable", "The provider lists it, but the last sync could not read its record: "
            + "Seatkeeper keeps it as it was until a sync reads it again"),
    UNASSIGNED("Unassigned", "E - A > 0: paying for idle seats");

    private final String label;
    private final String meaning;

    CheckKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
