package org.seatkeeper.providers.connector;

/** Normalised from every provider's spelling; the raw value stays in ProviderSubscriptionRecord.providerStatus. */
public enum SubscriptionStatus { ACTIVE, SUSPENDED, DEACTIVATED, PENDING }
