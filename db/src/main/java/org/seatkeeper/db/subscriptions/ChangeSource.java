package org.seatkeeper.db.subscriptions;

/** Who caused a license change: a provider sync, a person, a manual-to-automatic replacement, or a CSV import. */
public enum ChangeSource { SYNC, USER, REPLACEMENT, IMPORT }
