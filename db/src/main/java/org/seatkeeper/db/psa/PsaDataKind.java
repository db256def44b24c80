package org.seatkeeper.db.psa;

/** What "Refresh PSA data" reads, in the order it reads it. */
public enum PsaDataKind {
    COMPANIES("companies"), AGREEMENT_TYPES("agreement types"), AGREEMENTS("agreements"), PRODUCTS("catalog products");

    private final String label;

    PsaDataKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
