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
import java.util.function.Consumer;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.ApiChannel;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.ProviderTransport;

/**
 * ConnectWise Manage (§6): companies, contacts, agreements, agreement types, agreement additions and the product
 * catalog. Lists are read by id, 1-based pages of up to 1000, following the Link header's rel="next" until there is
 * none; 429 and 5xx are retried by the transport (Retry-After, back-off). Thread-safe.
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
        return all(CwList.COMPANIES, conditions);
    }

    public List<Parsed<CwAgreement>> agreements(Conditions conditions) {
        return all(CwList.AGREEMENTS, conditions);
    }

    public List<Parsed<CwAgreementType>> agreementTypes(Conditions conditions) {
        return all(CwList.AGREEMENT_TYPES, conditions);
    }

    public List<Parsed<CwContact>> contacts(Conditions conditions) {
        return all(CwList.CONTACTS, conditions);
    }

    public CwContact createContact(CwContact contact) {
        return api.call(ApiCall.post(apiRoot().resolve(CwList.CONTACTS.path()), contact)).as(CwContact.class);
    }

    /** PATCH with a JSON array of {op:"replace", path, value}. */
    public CwContact updateContact(long contactId, List<PatchOperation> operations) {
        return api.call(ApiCall.patch(apiRoot().resolve(CwList.CONTACTS.path() + "/" + contactId), operations))
                .as(CwContact.class);
    }

    public List<Parsed<CwAddition>> additions(long agreementId, Conditions conditions) {
        return all(CwList.additions(agreementId), conditions);
    }

    /** Every item of the list that matches, read page by page. */
    public <T> List<Parsed<T>> all(CwList<T> list, Conditions conditions) {
        List<Parsed<T>> out = new ArrayList<>();
        pages(list, conditions, PAGE_SIZE, out::addAll);
        return out;
    }

    /**
     * Reads the list page by page (ordered by id, so a page boundary does not move while it is read) and hands each
     * page over as it arrives: a job can write and report progress per page.
     */
    public <T> void pages(CwList<T> list, Conditions conditions, int pageSize, Consumer<List<Parsed<T>>> page) {
        if (pageSize < 1 || pageSize > PAGE_SIZE) {
            throw new IllegalArgumentException("ConnectWise pages hold 1 to " + PAGE_SIZE + " items: " + pageSize);
        }
        String query = "?page=1&pageSize=" + pageSize + "&orderBy=" + encode("id asc")
                + (conditions == null ? "" : "&conditions=" + encode(conditions.render()));
        URI next = apiRoot().resolve(list.path() + query);
        while (next != null) {
            var response = api.call(ApiCall.get(next));
            page.accept(response.list(null, list.type()).items());
            URI current = next;
            next = LinkHeader.next(response.headerValues("Link")).map(current::resolve).orElse(null);
        }
    }

    /**
     * One page (1-based), ordered by id: a job that reads page by page can resume at the page it stopped at.
     */
    public <T> CwPage<T> page(CwList<T> list, Conditions conditions, int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > PAGE_SIZE) {
            throw new IllegalArgumentException("ConnectWise pages start at 1 and hold 1 to " + PAGE_SIZE + " items");
        }
        String query = "?page=" + page + "&pageSize=" + pageSize + "&orderBy=" + encode("id asc")
                + (conditions == null ? "" : "&conditions=" + encode(conditions.render()));
        var response = api.call(ApiCall.get(apiRoot().resolve(list.path() + query)));
        return new CwPage<>(response.list(null, list.type()).items(), LinkHeader.next(response.headerValues("Link")).isPresent());
    }

    /** How many items match ({@code /count}). */
    public long count(CwList<?> list, Conditions conditions) {
        String query = conditions == null ? "" : "?conditions=" + encode(conditions.render());
        return api.call(ApiCall.get(apiRoot().resolve(list.path() + "/count" + query))).tree().path("count").asLong();
    }

    /** The site's codebase for the company (discovered once from login/companyinfo when not configured). */
    public String codebase() {
        String root = apiRoot().getPath();
        String withoutApi = root.substring(0, root.length() - "apis/3.0/".length());
        return withoutApi.substring(settings.siteUri().getPath().length());
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
        return all(CwList.CATALOG, conditions);
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
        if (result.status() == 404) {
            throw new ProviderRejectedException(PROVIDER, "GET " + uri.getPath(), 404, "UnknownCompany",
                    "the site does not know company id " + settings.companyId());
        }
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
