package org.seatkeeper.providers.connector;

import java.util.List;

/** Subscriptions typed in by hand: no API, nothing to list, no capability beyond what every provider has. */
final class ManualConnector implements ProviderConnector {

    @Override
    public ProviderKind kind() {
        return ProviderKind.MANUAL;
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
}
