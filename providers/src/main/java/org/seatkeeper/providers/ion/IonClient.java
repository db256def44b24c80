package org.seatkeeper.providers.ion;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.BearerAuthorizer;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.ListBody;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TokenCache;
import org.seatkeeper.providers.http.TokenEndpoint;

/** TD SYNNEX StreamOne Ion v3 (§3): customers, cloud profiles, subscriptions and orders. Thread-safe. */
public final class IonClient {

    public static final String PROVIDER = "StreamOne Ion";
    static final String HINT = "Check the account id and request new OAuth credentials (refresh token) in the Ion "
            + "portal under Settings, Users, OAuth credentials, then save them on the provider page.";
    public static final int MAX_SUBSCRIPTION_PAGE = 100;

    private final IonSettings settings;
    private final JsonApi api;

    /** @param store durable home of the single-use refresh token; must be shared by every client of this account */
    public IonClient(IonSettings settings, ProviderTransport transport, RefreshTokenStore store) {
        this.settings = settings;
        var channel = transport.channel(PROVIDER, settings.transport());
        var endpoint = new TokenEndpoint(channel, transport.mapper(), transport.clock(), HINT);
        var tokens = new TokenCache(transport.clock(), Duration.ofMinutes(5),
                new IonTokens(endpoint, settings.tokenUri(), store));
        this.api = new JsonApi(channel, transport.mapper(), new BearerAuthorizer(tokens), HINT,
                builder -> builder.setHeader("Accept", "application/json"));
    }

    public IonCustomerPage listCustomers(int pageSize, String pageToken) {
        String query = "customers?pageSize=" + pageSize
                + (pageToken == null || pageToken.isBlank() ? "" : "&pageToken=" + encode(pageToken));
        ListBody<IonCustomer> body = api.call(ApiCall.get(settings.accountUri(query))).list("customers", IonCustomer.class);
        String next = body.rest().path("nextPageToken").asText(null);
        return new IonCustomerPage(body.items(),
                next == null || next.isBlank() ? null : next);
    }

    public IonCustomer getCustomer(String customerId) {
        return api.call(ApiCall.get(settings.accountUri("customers/" + encode(customerId)))).as(IonCustomer.class);
    }

    /** The customer plus its default portal user. */
    public IonCustomer createCustomer(IonNewCustomer customer) {
        return api.call(ApiCall.post(settings.accountUri("customers"), customer)).as(IonCustomer.class);
    }

    /** The customer with this primary contact email, if any (emails are unique in Ion). */
    public List<IonCustomer> findCustomersByEmail(String email) {
        JsonNode root = api.call(ApiCall.get(settings.accountUri("customers?pageSize=10&filter.customerEmail="
                + encode(email)))).tree();
        List<IonCustomer> out = new ArrayList<>();
        // the filter is documented; checked here as well, so a server that ignored it could not hand back a stranger
        Parsed.all(api.mapper(), root.get("customers"), IonCustomer.class).stream()
                .filter(Parsed::ok).map(Parsed::value).filter(c -> email.equalsIgnoreCase(c.customerEmail()))
                .forEach(out::add);
        return out;
    }

    public CloudProfiles cloudProfiles(String customerId) {
        return api.call(ApiCall.get(settings.accountUri("customers/" + encode(customerId) + "/cloudProfiles")))
                .as(CloudProfiles.class);
    }

    /** Account-level subscriptions of one customer, one page (pagination.limit / pagination.offset). */
    public IonSubscriptionPage listSubscriptions(String customerId, int limit, int offset) {
        ListBody<IonSubscription> body = api.call(ApiCall.get(settings.accountUri("subscriptions?customerId="
                + encode(customerId) + "&pagination.limit=" + limit + "&pagination.offset=" + offset)))
                .list("items", IonSubscription.class);
        JsonNode total = body.rest().path("paginationResponse").path("totalSize");
        if (total.isMissingNode() || total.isNull()) {
            total = body.rest().path("totalCount");
        }
        return new IonSubscriptionPage(body.items(),
                total.isMissingNode() || total.isNull() ? null : total.asInt());
    }

    /** Every subscription of one customer, page after page. */
    public List<Parsed<IonSubscription>> listAllSubscriptions(String customerId) {
        List<Parsed<IonSubscription>> all = new ArrayList<>();
        for (int offset = 0; ; offset += MAX_SUBSCRIPTION_PAGE) {
            IonSubscriptionPage page = listSubscriptions(customerId, MAX_SUBSCRIPTION_PAGE, offset);
            all.addAll(page.items());
            boolean more = page.totalSize() != null ? offset + page.items().size() < page.totalSize()
                    : page.items().size() == MAX_SUBSCRIPTION_PAGE;
            if (!more || page.items().isEmpty()) {
                return all;
            }
        }
    }

    public IonOrder placeOrder(String customerId, IonOrder order) {
        return api.call(ApiCall.post(settings.accountUri("customers/" + encode(customerId) + "/orders"), order))
                .as(IonOrder.class);
    }

    /** Seats change through an UPDATE order on the provider subscription id (§3.5). */
    public IonOrder updateQuantity(String customerId, String providerSubscriptionId, int quantity) {
        String reference = UUID.randomUUID().toString();
        IonOrder.Item item = new IonOrder.Item(reference, "UPDATE", providerSubscriptionId, null, null, null, quantity,
                List.of(new IonOrder.Attribute("operations", "updatesubscription")));
        return placeOrder(customerId, new IonOrder(null, null, reference, "Seatkeeper quantity change to " + quantity,
                null, List.of(item), null));
    }

    /** True for the 412 Ion answers when the primary contact email is already used. */
    public static boolean isEmailTaken(ProviderRejectedException e) {
        String text = (e.providerCode() + " " + e.providerMessage()).toLowerCase(java.util.Locale.ROOT);
        return e.status() == 412 && text.contains("emailexists") || text.contains("primarycontactemailexists");
    }

    URI uri(String relative) {
        return settings.accountUri(relative);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
