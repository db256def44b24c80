package org.seatkeeper.providers.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.ApiChannel;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.ProviderTransport;

/**
 * ConnectWise Manage (§6): companies, agreements, agreement additions and the product catalog. Lists follow the
 * Link header's rel="next" until there is none. Thread-safe.
 */
public final class ConnectWiseClient {

    public static final String PROVIDER = "ConnectWise Manage";
    public static final int PAGE_SIZE = 1000;
    static final String HINT = "Check the company id, the API member's public and private keys and the clientId on "
            + "the PSA page.";

    private final ConnectWiseSettings settings;
    private final JsonApi api;
    private final ApiChannel channel;
    private final ProviderTransport transport;
    private volatile URI apiRoot;

    public ConnectWiseClient(ConnectWiseSettings settings, ProviderTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.channel = transport.channel(PROVIDER, settings.transport());
        String basic = "Basic " + Base64.getEncoder().encodeToString((settings.companyId() + "+"
                + settings.publicKey() + ":" + settings.privateKey()).getBytes(StandardCharsets.UTF_8));
        this.api = new JsonApi(channel, transport.mapper(), () -> basic, HINT, builder -> builder
                .setHeader("Accept", "application/json")
                .setHeader("clientId", settings.clientId()));
        this.apiRoot = settings.codebase() == null ? null : root(settings.codebase());
    }

    public List<Parsed<CwCompany>> companies(Conditions conditions) {
        return all("company/companies", conditions, CwCompany.class);
    }

    public List<Parsed<CwAgreement>> agreements(Conditions conditions) {
        return all("finance/agreements", conditions, CwAgreement.class);
    }

    public List<Parsed<CwAddition>> additions(long agreementId, Conditions conditions) {
        return all("finance/agreements/" + agreementId + "/additions", conditions, CwAddition.class);
    }

    public CwAddition createAddition(long agreementId, CwAddition addition) {
        return api.call(ApiCall.post(apiRoot().resolve("finance/agreements/" + agreementId + "/additions"), addition))
                .as(CwAddition.class);
    }

    /** PATCH with a JSON array of {op:"replace", path, value}. */
    public CwAddition updateAddition(long agreementId, long additionId, List<PatchOperation> operations) {
        return api.call(ApiCall.patch(apiRoot().resolve("finance/agreements/" + agreementId + "/additions/"
                + additionId), operations)).as(CwAddition.class);
    }

    /** Ends billing of an addition on {@code date} (sets cancelledDate). */
    public CwAddition cancelAddition(long agreementId, long additionId, LocalDate date) {
        return updateAddition(agreementId, additionId,
                List.of(PatchOperation.replace("cancelledDate", date + "T00:00:00Z")));
    }

    public List<Parsed<CwCatalogItem>> catalog(Conditions conditions) {
        return all("procurement/catalog", conditions, CwCatalogItem.class);
    }

    /** The API root; the codebase is discovered once from login/companyinfo when not configured. */
    URI apiRoot() {
        URI root = apiRoot;
        if (root == null) {
            synchronized (this) {
                if (apiRoot == null) {
                    apiRoot = root(discoverCodebase());
                }
                root = apiRoot;
            }
        }
        return root;
    }

    private String discoverCodebase() {
        URI uri = settings.siteUri().resolve("login/companyinfo/" + encode(settings.companyId()));
        var result = channel.send(() -> HttpRequest.newBuilder(uri).timeout(settings.transport().requestTimeout())
                .header("Accept", "application/json").GET().build());
        try {
            JsonNode info = transport.mapper().readTree(result.body());
            String codebase = Optional.ofNullable(info.get("Codebase")).or(() -> Optional.ofNullable(info.get("codebase")))
                    .map(JsonNode::asText).orElse("");
            if (!result.isSuccess() || codebase.isBlank()) {
                throw new ProviderResponseException(PROVIDER, "GET " + uri.getPath(),
                        "no Codebase for company " + settings.companyId() + " (HTTP " + result.status() + ")", null);
            }
            return codebase;
        } catch (java.io.IOException e) {
            throw new ProviderResponseException(PROVIDER, "GET " + uri.getPath(), "the body is not JSON", e);
        }
    }

    private URI root(String codebase) {
        String trimmed = codebase.startsWith("/") ? codebase.substring(1) : codebase;
        return settings.siteUri().resolve((trimmed.endsWith("/") ? trimmed : trimmed + "/") + "apis/3.0/");
    }

    private <T> List<Parsed<T>> all(String path, Conditions conditions, Class<T> type) {
        String query = "?page=1&pageSize=" + PAGE_SIZE
                + (conditions == null ? "" : "&conditions=" + encode(conditions.render()));
        URI next = apiRoot().resolve(path + query);
        List<Parsed<T>> out = new ArrayList<>();
        while (next != null) {
            var response = api.call(ApiCall.get(next));
            out.addAll(response.list(null, type).items());
            URI current = next;
            next = LinkHeader.next(response.headerValues("Link")).map(current::resolve).orElse(null);
        }
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
