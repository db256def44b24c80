package org.seatkeeper.db.mismatch;

/**
 * The mismatch checks of DOMAIN.md, in the order the report lists them. Their names and meanings as pages show them:
 * {@code app/mismatch/CheckTexts}.
 */
public enum CheckKind {
    LOG_INTEGRITY,
    PROVIDER_VS_SEATKEEPER,
    STATUS,
    UNMAPPED,
    GHOST,
    PSA_VS_SEATKEEPER,
    MISSING_DATA,
    UNREADABLE,
    UNASSIGNED
}
