package org.seatkeeper.providers.connector;

import java.net.URI;

/**
 * The common view of one provider account. Implementations are thread-safe. Calls throw
 * {@link org.seatkeeper.providers.http.ProviderException} subtypes, except {@link #testConnection()}.
 */
public interface ProviderConnector {

    ProviderKind kind();

    ProviderCapabilities capabilities();

    /** Never throws; says plainly what worked or failed. */
    ConnectionCheck testConnection();

    /** @param pageToken null for the first page; a returned token lets a batch reader resume after a restart */
    AccountPage listAccounts(String pageToken);

    SubscriptionList listSubscriptions(String accountExternalId);

    /**
     * The provider's price list for a market (ISO 3166 alpha-2, the account's country), fetched once and kept for a
     * few hours by this connector: Partner Center's NCE license-based price sheet. Ion and Pax8 subscriptions carry
     * their own prices, so theirs is empty. See {@link SubscriptionList#pricedBy(PriceList)}.
     */
    PriceList priceList(String market);

    AddressCheck validateAddress(PostalAddress address);

    CountryRules countryRules(String iso2);

    boolean isDomainAvailable(String domainPrefix);

    /** @param requestId idempotency key kept by the caller: the same value on a retry returns the same tenant */
    CreatedTenant createTenant(NewTenantRequest request, String requestId);

    URI relationshipInvitationUrl();

    void recordAgreementAcceptance(String accountExternalId, AgreementAcceptance acceptance);

    void changeQuantity(String accountExternalId, String subscriptionExternalId, int newQuantity);
}
