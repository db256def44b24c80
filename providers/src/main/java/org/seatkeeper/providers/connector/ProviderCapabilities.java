package org.seatkeeper.providers.connector;

public record ProviderCapabilities(boolean createTenant, boolean sendInvitation, boolean acceptAgreement,
                                   boolean changeQuantity, boolean validateAddress, boolean checkDomain) {
}
