package org.seatkeeper.providers.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.pax8.Pax8Client;
import org.seatkeeper.providers.pax8.Pax8Company;
import org.seatkeeper.providers.pax8.Pax8Page;

/**
 * Pax8 as a provider: companies are the accounts; their tenant id and domain come from a Microsoft subscription's
 * provisioningDetails (one subscriptions call per company while listing). Quantity changes by PUT; no onboarding.
 */
final class Pax8Connector implements ProviderConnector, QuantityChanges {

    static final int PAGE_SIZE = Pax8Client.MAX_PAGE_SIZE;

    private final Pax8Client client;
    private final Pax8Prices prices;

    Pax8Connector(Pax8Client client) {
        this.client = client;
        this.prices = new Pax8Prices(client);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.PAX8;
    }

    @Override
    public ConnectionCheck testConnection() {
        return ConnectionChecks.run(Pax8Client.PROVIDER, "Pax8 accepted the client id and secret and listed companies.",
                () -> client.companies(0, 1));
    }

    /** The page token is the next 0-based page number. */
    @Override
    public AccountPage listAccounts(String pageToken) {
        int number = pageToken == null ? 0 : parsePage(pageToken);
        Pax8Page<Pax8Company> page = client.companies(number, PAGE_SIZE);
        List<ProviderAccountRecord> accounts = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Parsed<Pax8Company> parsed : page.content()) {
            if (!parsed.ok() || parsed.value().id() == null || parsed.value().id().isBlank()) {
                rejected.add(new RejectedRecord(null, parsed.ok() ? "company without id" : parsed.problem(),
                        parsed.raw()));
                continue;
            }
            Pax8Company company = parsed.value();
            accounts.add(Pax8Mapping.account(company, client.subscriptions(company.id(), 0, PAGE_SIZE).content()));
        }
        return new AccountPage(accounts, rejected, page.isLast() ? null : String.valueOf(number + 1));
    }

    private static int parsePage(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a Pax8 page token: start again from the first page.", e);
        }
    }

    @Override
    public SubscriptionList listSubscriptions(String accountExternalId) {
        return Pax8Mapping.subscriptions(accountExternalId, client.allSubscriptions(accountExternalId), prices::of);
    }

    @Override
    public PriceList priceList(String market) {
        return PriceList.none(market); // each subscription carries its price; its product pricing comes with it
    }

    @Override
    public Optional<QuantityChanges> quantityChanges() {
        return Optional.of(this);
    }

    @Override
    public void changeQuantity(String accountExternalId, String subscriptionExternalId, int newQuantity) {
        client.updateQuantity(subscriptionExternalId, newQuantity);
    }
}
