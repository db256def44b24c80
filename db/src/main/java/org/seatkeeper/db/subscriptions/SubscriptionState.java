package org.seatkeeper.db.subscriptions;

/** A subscription's status. PENDING: ordered at the provider but not provisioned yet. */
public enum SubscriptionState { ACTIVE, SUSPENDED, DEACTIVATED, PENDING }
