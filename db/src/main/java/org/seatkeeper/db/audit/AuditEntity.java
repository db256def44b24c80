package org.seatkeeper.db.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of record an audit entry is about, stored by name in {@code audit_log.entity_type} (older lower-case
 * spellings were migrated to these, V73). The audit page filters by it.
 */
public enum AuditEntity {
    AGREEMENT_ACCEPTANCE,
    AGREEMENT_TEMPLATE,
    BACKUP,
    BACKUP_SCHEDULE,
    BILLING_CONTRACT,
    CONTACT,
    CUSTOMER,
    CUSTOMER_PSA_COMPANY,
    CUSTOMER_TENANT,
    INVOICE,
    JOB,
    MAIL,
    MISMATCH_FINDING,
    NOTIFICATION,
    ONBOARDING,
    ONBOARDING_SETTINGS,
    PRODUCT,
    PROVIDER,
    PROVIDER_ACCOUNT,
    PSA_CONNECTION,
    RELATIONSHIP_INVITATION,
    REPORT_SCHEDULE,
    SETTINGS,
    SKU_MAPPING,
    SUBSCRIPTION,
    USER;

    /** "billing contract", for people. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The kind a filter names, in any letter case ("user" from an old link as well as "USER"); empty if none. */
    public static Optional<AuditEntity> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
