package org.seatkeeper.providers.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.BearerAuthorizer;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.ListBody;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.TokenCache;
import org.seatkeeper.providers.http.TokenEndpoint;

/** Pax8 partner API (§5): companies, products, subscriptions (0-based page, size at most 200). Thread-safe. */
public final class Pax8Client {

    public static final String PROVIDER = "Pax8";
    public static final int MAX_PAGE_SIZE = 200;
    static final String HINT = "Check the client id and secret (app.pax8.com, Settings, Integrations) on the provider page.";

    private final Pax8Settings settings;
    private final JsonApi api;

    public Pax8Client(Pax8Settings settings, ProviderTransport transport) {
        this.settings = settings;
        var channel = transport.channel(PROVIDER, settings.transport());
        var endpoint = new TokenEndpoint(channel, transport.mapper(), transport.clock(), HINT);
        var tokens = new TokenCache(transport.clock(), Duration.ofMinutes(5),
                new Pax8Tokens(endpoint, settings.tokenUri(), settings.clientId(), settings.clientSecret()));
        this.api = new JsonApi(channel, transport.mapper(), new BearerAuthorizer(tokens), HINT,
                builder -> builder.setHeader("Accept", "application/json"));
    }

    public Pax8Page<Pax8Company> companies(int page, int size) {
        return page(uri("companies", page, size, ""), Pax8Company.class);
    }

    public Pax8Company company(String companyId) {
        return api.call(ApiCall.get(settings.baseUri().resolve("companies/" + encode(companyId)))).as(Pax8Company.class);
    }

    public Pax8Page<Pax8Product> products(int page, int size) {
        return page(uri("products", page, size, ""), Pax8Product.class);
    }

    /**
     * A product's pricing per billing term ({@code GET /products/{id}/pricing}), for that company when one is given
     * (its own pricing, in its currency).
     */
    public List<Parsed<Pax8Pricing>> pricing(String productId, String companyId) {
        return api.call(ApiCall.get(settings.baseUri().resolve("products/" + encode(productId) + "/pricing"
                + (companyId == null ? "" : "?companyId=" + encode(companyId))))).list("content", Pax8Pricing.class).items();
    }

    public Pax8Page<Pax8Subscription> subscriptions(String companyId, int page, int size) {
        return page(uri("subscriptions", page, size, "&companyId=" + encode(companyId)), Pax8Subscription.class);
    }

    /** Every subscription of one company. */
    public List<Parsed<Pax8Subscription>> allSubscriptions(String companyId) {
        List<Parsed<Pax8Subscription>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Pax8Page<Pax8Subscription> current = subscriptions(companyId, page, MAX_PAGE_SIZE);
            all.addAll(current.content());
            if (current.isLast()) {
                return all;
            }
        }
    }

    public Pax8Subscription subscription(String subscriptionId) {
        return api.call(ApiCall.get(settings.baseUri().resolve("subscriptions/" + encode(subscriptionId))))
                .as(Pax8Subscription.class);
    }

    /** Snapshots of one subscription, oldest first as Pax8 sends them; a bare array or a page both work. */
    public List<Parsed<Pax8Subscription>> history(String subscriptionId) {
        return api.call(ApiCall.get(settings.baseUri().resolve("subscriptions/" + encode(subscriptionId)
                + "/history"))).list("content", Pax8Subscription.class).items();
    }

    /** PUT subscriptions/{id} with the new quantity; answers the updated subscription. */
    public Pax8Subscription updateQuantity(String subscriptionId, int quantity) {
        return api.call(ApiCall.put(settings.baseUri().resolve("subscriptions/" + encode(subscriptionId)),
                Map.of("quantity", quantity))).as(Pax8Subscription.class);
    }

    private <T> Pax8Page<T> page(URI uri, Class<T> type) {
        ListBody<T> body = api.call(ApiCall.get(uri)).list("content", type);
        JsonNode page = body.rest().path("page");
        return new Pax8Page<>(body.items(), page.path("number").asInt(0),
                page.path("totalPages").asInt(0), page.path("totalElements").asLong(0));
    }

    private URI uri(String path, int page, int size, String more) {
        int bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return settings.baseUri().resolve(path + "?page=" + Math.max(0, page) + "&size=" + bounded + more);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
