package org.seatkeeper.db.mismatch;

/** What a finding is about; with the check and the subject's id it is the finding's stable key. */
public enum SubjectType { SUBSCRIPTION, PROVIDER_ACCOUNT, CUSTOMER_SKU }
