package org.seatkeeper.db.audit;

/**
 * What a person (or a job) did to the record an audit entry names. Stored by name in {@code audit_log.action}; the
 * record's kind is the entry's {@link AuditEntity}, so an action never repeats it (CREATE on a BILLING_CONTRACT, not
 * CREATE_CONTRACT). Older spellings were migrated to these (V73).
 */
public enum AuditAction {
    CREATE,
    UPDATE,
    ARCHIVE,
    ENABLE,
    DISABLE,
    RETIRE,
    RESTORE,
    MAP,
    UNMAP,
    LINK,
    RELINK,
    START,
    RESTART,
    RETRY,
    DISMISS,
    ACKNOWLEDGE,
    BACKUP,
    CHANGE_PASSWORD,
    RESET_PASSWORD,
    LOCKED,
    CHOOSE_PROVIDER,
    CREATE_TENANT,
    SHOW_TENANT_CREDENTIALS,
    REVEAL_TENANT_CREDENTIALS,
    RECORD_AGREEMENT,
    SEND_INVITATION,
    RESEND_INVITATION,
    ACCEPT_INVITATION,
    START_SUBSCRIPTION_SYNC,
    IMPORT_SUBSCRIPTIONS,
    CHANGE_PRICE,
    PRICE_RULE,
    FIXED_PRICE,
    REPRICE,
    CHANGE_QUANTITY,
    SUSPEND,
    REACTIVATE,
    DEACTIVATE,
    CHANGE_TERMS,
    REPLACE_MANUAL,
    ARCHIVE_LICENSE_CHANGE,
    UNARCHIVE_LICENSE_CHANGE,
    CORRECT_LICENSE_LOG
}
