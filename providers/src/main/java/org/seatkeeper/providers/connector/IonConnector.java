package org.seatkeeper.providers.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.ion.CloudProfiles;
import org.seatkeeper.providers.ion.IonAddress;
import org.seatkeeper.providers.ion.IonClient;
import org.seatkeeper.providers.ion.IonCustomer;
import org.seatkeeper.providers.ion.IonCustomerPage;
import org.seatkeeper.providers.ion.IonNewCustomer;

/**
 * StreamOne Ion as a provider. The tenant id comes from each customer's cloud profiles (one extra call per customer,
 * made while listing the page). Creating a tenant creates the Ion customer; Ion provisions the Microsoft tenant with
 * the first CREATE order (see IonOrderAttributes). No invitation link, no address or domain checks.
 */
final class IonConnector implements ProviderConnector, TenantCreation, QuantityChanges {

    static final int PAGE_SIZE = 100;

    private final IonClient client;

    IonConnector(IonClient client) {
        this.client = client;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.ION;
    }

    @Override
    public ConnectionCheck testConnection() {
        return ConnectionChecks.run(IonClient.PROVIDER, "StreamOne Ion accepted the refresh token and listed customers.",
                () -> client.listCustomers(1, null));
    }

    @Override
    public AccountPage listAccounts(String pageToken) {
        IonCustomerPage page = client.listCustomers(PAGE_SIZE, pageToken);
        List<ProviderAccountRecord> accounts = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Parsed<IonCustomer> parsed : page.customers()) {
            if (!parsed.ok() || parsed.value().customerId() == null) {
                rejected.add(new RejectedRecord(null, parsed.ok() ? "customer without name/id" : parsed.problem(),
                        parsed.raw()));
                continue;
            }
            IonCustomer customer = parsed.value();
            accounts.add(IonMapping.account(customer, profiles(customer.customerId())));
        }
        return new AccountPage(accounts, rejected, page.nextPageToken());
    }

    private CloudProfiles profiles(String customerId) {
        try {
            return client.cloudProfiles(customerId);
        } catch (ProviderRejectedException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public SubscriptionList listSubscriptions(String accountExternalId) {
        return IonMapping.subscriptions(accountExternalId, client.listAllSubscriptions(accountExternalId));
    }

    @Override
    public PriceList priceList(String market) {
        return PriceList.none(market); // each subscription line carries its price, cost and msrp
    }

    @Override
    public Optional<TenantCreation> tenantCreation() {
        return Optional.of(this);
    }

    @Override
    public Optional<QuantityChanges> quantityChanges() {
        return Optional.of(this);
    }

    /**
     * Creates the Ion customer. Ion has no idempotency key, but the primary contact email is unique: when a retry
     * finds it taken, the existing customer with that email is returned instead of a second one.
     */
    @Override
    public CreatedTenant createTenant(NewTenantRequest request, String requestId) {
        PostalAddress a = request.address();
        String contact = (nonNull(request.contactFirstName()) + " " + nonNull(request.contactLastName())).trim();
        IonNewCustomer body = new IonNewCustomer(request.companyName(),
                new IonAddress(a.line1(), a.line2(), a.city(), a.state(), a.postalCode(), a.country()), contact,
                request.contactEmail(), null, request.contactPhone(), request.language(), request.contactFirstName(),
                request.contactLastName());
        IonCustomer customer;
        try {
            customer = client.createCustomer(body);
        } catch (ProviderRejectedException e) {
            if (!IonClient.isEmailTaken(e)) {
                throw e;
            }
            customer = client.findCustomersByEmail(request.contactEmail()).stream()
                    .filter(c -> request.companyName().equalsIgnoreCase(c.customerOrganization()))
                    .findFirst().orElseThrow(() -> e);
        }
        return new CreatedTenant(customer.customerId(), null, request.domainPrefix() + ".onmicrosoft.com", null, null);
    }

    @Override
    public void changeQuantity(String accountExternalId, String subscriptionExternalId, int newQuantity) {
        client.updateQuantity(accountExternalId, subscriptionExternalId, newQuantity);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
