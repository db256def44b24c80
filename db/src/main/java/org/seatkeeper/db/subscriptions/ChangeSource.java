package org.seatkeeper.db.subscriptions;

/**
 * Who caused a license change: a provider sync, a person, a manual-to-automatic replacement, a CSV import, or a person
 * correcting a log that does not add up (the event says why in its note).
 */
public enum ChangeSource { SYNC, USER, REPLACEMENT, IMPORT, CORRECTION }
