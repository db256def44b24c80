package org.seatkeeper.providers.connector;

/** A provider that records a customer's agreement acceptance. See {@link ProviderConnector#agreements()}. */
public interface AgreementRecording {

    void recordAgreementAcceptance(String accountExternalId, AgreementAcceptance acceptance);
}
