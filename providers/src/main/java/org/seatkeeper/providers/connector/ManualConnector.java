package org.seatkeeper.providers.connector;

import java.net.URI;
import java.util.List;

/** Subscriptions typed in by hand: no API, nothing to list, no onboarding. */
final class ManualConnector implements ProviderConnector {

    private static final String NO_API = "Manual provider accounts have no API: ";

    @Override
    public ProviderKind kind() {
        return ProviderKind.MANUAL;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(false, false, false, false, false, false);
    }

    @Override
    public ConnectionCheck testConnection() {
        return new ConnectionCheck(true, "Manual provider: nothing to connect to; subscriptions are entered by hand.");
    }

    @Override
    public AccountPage listAccounts(String pageToken) {
        return new AccountPage(List.of(), List.of(), null);
    }

    @Override
    public SubscriptionList listSubscriptions(String accountExternalId) {
        return new SubscriptionList(List.of(), List.of());
    }

    @Override
    public PriceList priceList(String market) {
        return PriceList.none(market);
    }

    @Override
    public AddressCheck validateAddress(PostalAddress address) {
        throw new UnsupportedOperationException(NO_API + "addresses cannot be validated.");
    }

    @Override
    public CountryRules countryRules(String iso2) {
        throw new UnsupportedOperationException(NO_API + "country rules are not available.");
    }

    @Override
    public boolean isDomainAvailable(String domainPrefix) {
        throw new UnsupportedOperationException(NO_API + "domains cannot be checked.");
    }

    @Override
    public CreatedTenant createTenant(NewTenantRequest request, String requestId) {
        throw new UnsupportedOperationException(NO_API + "create the tenant in the provider's portal.");
    }

    @Override
    public URI relationshipInvitationUrl() {
        throw new UnsupportedOperationException(NO_API + "there is no invitation link.");
    }

    @Override
    public void recordAgreementAcceptance(String accountExternalId, AgreementAcceptance acceptance) {
        throw new UnsupportedOperationException(NO_API + "record the agreement in the provider's portal.");
    }

    @Override
    public void changeQuantity(String accountExternalId, String subscriptionExternalId, int newQuantity) {
        throw new UnsupportedOperationException(NO_API + "change the quantity in the provider's portal.");
    }
}
