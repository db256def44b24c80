package org.seatkeeper.providers.connector;

import java.util.Optional;

/**
 * The common view of one provider account: what every provider can do (list its accounts and their subscriptions,
 * with prices). What only some can do is a capability the connector offers or not ({@link #tenantCreation()},
 * {@link #tenantChecks()}, {@link #invitations()}, {@link #agreements()}, {@link #quantityChanges()}), so a caller
 * asks for it instead of calling and catching a refusal. Implementations are thread-safe. Calls throw
 * {@link org.seatkeeper.providers.http.ProviderException} subtypes, except {@link #testConnection()}.
 */
public interface ProviderConnector {

    ProviderKind kind();

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

    /** Creating a customer's tenant through the API (Partner Center, StreamOne Ion). */
    default Optional<TenantCreation> tenantCreation() {
        return Optional.empty();
    }

    /** The provider's checks of a new tenant: country rules, address, domain (Partner Center). */
    default Optional<NewTenantChecks> tenantChecks() {
        return Optional.empty();
    }

    /** A reseller relationship invitation link for a customer that already has a tenant (Partner Center). */
    default Optional<ResellerInvitations> invitations() {
        return Optional.empty();
    }

    /** Recording the customer's acceptance of the Microsoft Customer Agreement (Partner Center). */
    default Optional<AgreementRecording> agreements() {
        return Optional.empty();
    }

    /** Changing a subscription's quantity at the provider (Partner Center, StreamOne Ion, Pax8). */
    default Optional<QuantityChanges> quantityChanges() {
        return Optional.empty();
    }
}
