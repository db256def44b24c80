package org.seatkeeper.providers.connector;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.providers.partnercenter.AgreementConfirmation;
import org.seatkeeper.providers.partnercenter.AgreementMetadata;
import org.seatkeeper.providers.partnercenter.BillingProfile;
import org.seatkeeper.providers.partnercenter.CompanyProfile;
import org.seatkeeper.providers.partnercenter.CustomerPage;
import org.seatkeeper.providers.partnercenter.NewCustomer;
import org.seatkeeper.providers.partnercenter.NextLink;
import org.seatkeeper.providers.partnercenter.PartnerCenterClient;
import org.seatkeeper.providers.partnercenter.PcAddress;
import org.seatkeeper.providers.partnercenter.PcCustomer;

/** Partner Center as a provider: everything, including onboarding. */
final class PartnerCenterConnector implements ProviderConnector, TenantCreation, NewTenantChecks, ResellerInvitations,
        AgreementRecording, QuantityChanges {

    static final int PAGE_SIZE = 500;
    private static final String DOMAIN_SUFFIX = ".onmicrosoft.com";
    private static final List<String> VALID = List.of("verified", "verifiedshippable");

    private final PartnerCenterClient client;
    private final PageTokens pageTokens;
    private final PartnerCenterPrices prices;

    PartnerCenterConnector(PartnerCenterClient client, PageTokens pageTokens, PartnerCenterPrices prices) {
        this.client = client;
        this.pageTokens = pageTokens;
        this.prices = prices;
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.PARTNER_CENTER;
    }

    @Override
    public ConnectionCheck testConnection() {
        return ConnectionChecks.run(PartnerCenterClient.PROVIDER,
                "Partner Center accepted the credentials and listed customers.", () -> client.listCustomers(1));
    }

    @Override
    public AccountPage listAccounts(String pageToken) {
        CustomerPage page = pageToken == null ? client.listCustomers(PAGE_SIZE) : client.nextCustomers(decode(pageToken));
        List<ProviderAccountRecord> accounts = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        page.customers().forEach(parsed -> PartnerCenterMapping.account(parsed, accounts, rejected));
        return new AccountPage(accounts, rejected, page.next() == null ? null : encode(page.next()));
    }

    @Override
    public SubscriptionList listSubscriptions(String accountExternalId) {
        return PartnerCenterMapping.subscriptions(accountExternalId, client.listSubscriptions(accountExternalId));
    }

    /** The market's NCE license-based price sheet, kept for a few hours (Microsoft publishes it monthly). */
    @Override
    public PriceList priceList(String market) {
        return prices.forMarket(market);
    }

    @Override
    public Optional<TenantCreation> tenantCreation() {
        return Optional.of(this);
    }

    @Override
    public Optional<NewTenantChecks> tenantChecks() {
        return Optional.of(this);
    }

    @Override
    public Optional<ResellerInvitations> invitations() {
        return Optional.of(this);
    }

    @Override
    public Optional<AgreementRecording> agreements() {
        return Optional.of(this);
    }

    @Override
    public Optional<QuantityChanges> quantityChanges() {
        return Optional.of(this);
    }

    @Override
    public AddressCheck validateAddress(PostalAddress address) {
        var result = client.validateAddress(new PcAddress(null, null, address.line1(), address.line2(), address.city(),
                address.state(), address.postalCode(), address.country(), null));
        String status = result.status() == null ? "None" : result.status();
        return new AddressCheck(status, VALID.contains(status.toLowerCase(java.util.Locale.ROOT)),
                result.suggestedAddresses().stream().map(PartnerCenterMapping::address).toList(),
                result.validationMessage());
    }

    @Override
    public CountryRules countryRules(String iso2) {
        var info = client.countryRules(iso2);
        return new CountryRules(info.iso2Code() == null ? iso2 : info.iso2Code(),
                Boolean.TRUE.equals(info.isStateRequired()), info.states() == null ? List.of() : info.states().value(),
                Boolean.TRUE.equals(info.isPostalCodeRequired()), info.postalCodeRegex(),
                Boolean.TRUE.equals(info.isRegistrationNumberSupported()));
    }

    @Override
    public boolean isDomainAvailable(String domainPrefix) {
        return !client.domainExists(domainPrefix + DOMAIN_SUFFIX);
    }

    @Override
    public CreatedTenant createTenant(NewTenantRequest request, String requestId) {
        PostalAddress a = request.address();
        PcAddress address = new PcAddress(request.contactFirstName(), request.contactLastName(), a.line1(), a.line2(),
                a.city(), a.state(), a.postalCode(), a.country(), request.contactPhone());
        NewCustomer body = new NewCustomer(
                new CompanyProfile(null, request.domainPrefix() + DOMAIN_SUFFIX, request.companyName(),
                        request.registrationNumber()),
                new BillingProfile(null, request.contactEmail(), request.culture(), request.language(),
                        request.companyName(), address));
        PcCustomer created = client.createCustomer(body, requestId);
        var profile = created.companyProfile();
        var credentials = created.userCredentials();
        return new CreatedTenant(created.id(),
                profile != null && profile.tenantId() != null ? profile.tenantId() : created.id(),
                profile != null && profile.domain() != null ? profile.domain() : request.domainPrefix() + DOMAIN_SUFFIX,
                credentials == null ? null : credentials.userName(), credentials == null ? null : credentials.password());
    }

    @Override
    public URI relationshipInvitationUrl() {
        return client.relationshipRequestUrl();
    }

    @Override
    public void recordAgreementAcceptance(String accountExternalId, AgreementAcceptance acceptance) {
        String templateId = acceptance.templateId() != null ? acceptance.templateId()
                : client.customerAgreementTemplates().stream().findFirst().map(AgreementMetadata::templateId)
                        .orElseThrow(() -> new IllegalStateException(
                                "Partner Center listed no Microsoft Customer Agreement template."));
        client.confirmAgreement(accountExternalId, new AgreementConfirmation(
                new AgreementConfirmation.Contact(acceptance.contactFirstName(), acceptance.contactLastName(),
                        acceptance.contactEmail(), acceptance.contactPhone()),
                templateId, acceptance.dateAgreed().format(DateTimeFormatter.ISO_LOCAL_DATE) + "T00:00:00.000Z",
                "MicrosoftCustomerAgreement", null));
    }

    @Override
    public void changeQuantity(String accountExternalId, String subscriptionExternalId, int newQuantity) {
        client.changeQuantity(accountExternalId, subscriptionExternalId, newQuantity);
    }

    private String encode(NextLink next) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("uri", next.uri());
        state.put("headers", next.headers());
        return pageTokens.encode(state);
    }

    @SuppressWarnings("unchecked")
    private NextLink decode(String token) {
        Map<String, Object> state = pageTokens.decode(token);
        Object headers = state.getOrDefault("headers", Map.of());
        return new NextLink(String.valueOf(state.get("uri")), (Map<String, String>) headers);
    }
}
