package org.seatkeeper.providers.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.BearerAuthorizer;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.JsonResponse;
import org.seatkeeper.providers.http.ListBody;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TokenCache;
import org.seatkeeper.providers.http.TokenEndpoint;
import org.seatkeeper.providers.http.ProviderResponseException;

/**
 * Microsoft Partner Center REST API (§1 of provider-apis.md): customers, onboarding and subscriptions.
 * Every logical operation sends one MS-RequestId (kept on retries, so a create is idempotent) and every attempt a
 * fresh MS-CorrelationId. Thread-safe.
 */
public final class PartnerCenterClient {

    public static final String PROVIDER = "Partner Center";
    static final String HINT = "Check the app id, secret and refresh token on the provider page.";

    private final PartnerCenterSettings settings;
    private final JsonApi api;
    private final PartnerCenterSubscriptions subscriptions;

    public PartnerCenterClient(PartnerCenterSettings settings, ProviderTransport transport) {
        this(settings, transport, RefreshTokenStore.inMemory(settings.refreshToken()));
    }

    public PartnerCenterClient(PartnerCenterSettings settings, ProviderTransport transport, RefreshTokenStore store) {
        this.settings = settings;
        var channel = transport.channel(PROVIDER, settings.transport());
        var endpoint = new TokenEndpoint(channel, transport.mapper(), transport.clock(), HINT);
        var tokens = new TokenCache(transport.clock(), Duration.ofMinutes(5), new PartnerCenterTokens(endpoint,
                settings.tokenUri(), settings.clientId(), settings.clientSecret(), store));
        this.api = new JsonApi(channel, transport.mapper(), new BearerAuthorizer(tokens), HINT, builder -> builder
                .setHeader("Accept", "application/json")
                .setHeader("MS-Contract-Version", "v1")
                .setHeader("MS-CorrelationId", UUID.randomUUID().toString()));
        this.subscriptions = new PartnerCenterSubscriptions(api, settings);
    }

    public CustomerPage listCustomers(int size) {
        return customerPage(call(ApiCall.get(uri("customers?size=" + size))));
    }

    /** Follows links.next: its uri with every header it lists (MS-ContinuationToken). */
    public CustomerPage nextCustomers(NextLink next) {
        ApiCall call = ApiCall.get(resolve(next.uri()));
        for (var header : next.headers().entrySet()) {
            call = call.withHeader(header.getKey(), header.getValue());
        }
        return customerPage(call(call));
    }

    public PcCustomer getCustomer(String customerId) {
        return call(ApiCall.get(uri("customers/" + segment(customerId)))).as(PcCustomer.class);
    }

    /** POST customers; {@code requestId} is the idempotency key: the same value on a retry returns the same customer. */
    public PcCustomer createCustomer(NewCustomer customer, String requestId) {
        return api.call(ApiCall.post(uri("customers"), customer).withHeader("MS-RequestId", requestId))
                .as(PcCustomer.class);
    }

    public AddressValidation validateAddress(PcAddress address) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("addressLine1", address.addressLine1());
        body.put("addressLine2", address.addressLine2());
        body.put("city", address.city());
        body.put("state", address.state());
        body.put("postalCode", address.postalCode());
        body.put("country", address.country());
        return call(ApiCall.post(uri("validations/address"), body)).as(AddressValidation.class);
    }

    public CountryInformation countryRules(String iso2) {
        return call(ApiCall.get(uri("countryvalidationrules/" + segment(iso2)))).as(CountryInformation.class);
    }

    /** Whether {prefix}.onmicrosoft.com is taken: HEAD domains/{domain} answers 200 if it exists, 404 if not. */
    public boolean domainExists(String domain) {
        try {
            call(new ApiCall("HEAD", uri("domains/" + segment(domain)), null, Map.of()));
            return true;
        } catch (ProviderRejectedException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** The reseller relationship link; it carries only the partner id, so one link serves every customer. */
    public URI relationshipRequestUrl() {
        JsonNode url = call(ApiCall.get(uri("customers/relationshiprequests"))).tree().get("url");
        if (url == null || url.asText().isBlank()) {
            throw new ProviderResponseException(PROVIDER,
                    "GET customers/relationshiprequests", "no url in the answer", null);
        }
        return URI.create(url.asText());
    }

    public List<AgreementMetadata> customerAgreementTemplates() {
        JsonNode items = call(ApiCall.get(uri("agreements?agreementType=MicrosoftCustomerAgreement"))).tree()
                .get("items");
        return readAll(items, AgreementMetadata.class);
    }

    public AgreementConfirmation confirmAgreement(String customerId, AgreementConfirmation confirmation) {
        return call(ApiCall.post(uri("customers/" + segment(customerId) + "/agreements"), confirmation))
                .as(AgreementConfirmation.class);
    }

    public List<AgreementConfirmation> agreements(String customerId) {
        JsonNode items = call(ApiCall.get(uri("customers/" + segment(customerId)
                + "/agreements?agreementType=MicrosoftCustomerAgreement"))).tree().get("items");
        return readAll(items, AgreementConfirmation.class);
    }

    public List<Parsed<PcSubscription>> listSubscriptions(String customerId) {
        return subscriptions.list(customerId);
    }

    public PcSubscription getSubscription(String customerId, String subscriptionId) {
        return subscriptions.get(customerId, subscriptionId);
    }

    /** PATCH of the whole resource with the new quantity; a 202 is polled until the quantity shows. */
    public PcSubscription changeQuantity(String customerId, String subscriptionId, int quantity) {
        return subscriptions.changeQuantity(customerId, subscriptionId, quantity);
    }

    public List<Parsed<SubscribedSku>> subscribedSkus(String customerId) {
        return subscriptions.subscribedSkus(customerId);
    }

    private JsonResponse call(ApiCall call) {
        return api.call(call.withHeader("MS-RequestId", UUID.randomUUID().toString()));
    }

    private CustomerPage customerPage(JsonResponse response) {
        ListBody<PcCustomer> body = response.list("items", PcCustomer.class);
        List<Parsed<PcCustomer>> customers = body.items();
        JsonNode next = body.rest().path("links").path("next");
        if (next.isMissingNode() || next.isNull() || next.path("uri").asText().isBlank()) {
            return new CustomerPage(customers, null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode header : next.path("headers")) {
            headers.put(header.path("key").asText(), header.path("value").asText());
        }
        return new CustomerPage(customers, new NextLink(next.path("uri").asText(), headers));
    }

    private <T> List<T> readAll(JsonNode items, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Parsed<T> parsed : Parsed.all(api.mapper(), items, type)) {
            if (parsed.ok()) {
                out.add(parsed.value());
            }
        }
        return out;
    }

    URI uri(String relative) {
        return settings.baseUri().resolve(relative);
    }

    /** A next link may be absolute, relative to the API root ("/v1/customers?...") or relative to the base. */
    URI resolve(String link) {
        URI uri = URI.create(link);
        if (uri.isAbsolute()) {
            return uri;
        }
        String base = settings.baseUri().getPath();
        if (link.startsWith("/v1/") && base.endsWith("/v1/") && !base.equals("/v1/")) {
            return settings.baseUri().resolve(link.substring("/v1/".length()));
        }
        return settings.baseUri().resolve(link);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
