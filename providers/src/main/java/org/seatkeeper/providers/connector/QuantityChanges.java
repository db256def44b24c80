package org.seatkeeper.providers.connector;

/** A provider that changes a subscription's quantity through its API. See {@link ProviderConnector#quantityChanges()}. */
public interface QuantityChanges {

    void changeQuantity(String accountExternalId, String subscriptionExternalId, int newQuantity);
}
