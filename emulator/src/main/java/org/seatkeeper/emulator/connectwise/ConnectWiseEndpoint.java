package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;
import org.seatkeeper.emulator.http.ProviderEndpoint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * ConnectWise Manage: {@code /connectwise/v4_6_release/apis/3.0/...} with Basic auth + clientId, and company info:
 * companies, contacts, agreements, agreement types, additions and the catalog.
 */
public final class ConnectWiseEndpoint implements ProviderEndpoint {

    static final String BASE = "/connectwise/v4_6_release/apis/3.0/";
    private static final String COMPANY_INFO = "/connectwise/login/companyinfo/";

    private final DemoCredentials.ConnectWise credentials;
    private final CwBook book;
    private final CwAdditions additions;
    private final CwContacts contacts;

    public ConnectWiseEndpoint(DemoCredentials.ConnectWise credentials, ConnectWisePsa psa) {
        this.credentials = credentials;
        this.book = psa.book();
        this.additions = new CwAdditions(book);
        this.contacts = new CwContacts(book);
    }

    @Override
    public Api api() {
        return Api.CONNECTWISE;
    }

    @Override
    public boolean serves(String path) {
        return path.startsWith(BASE) || path.startsWith(COMPANY_INFO);
    }

    @Override
    public boolean isTokenRequest(HttpCall call) {
        return call.path().startsWith(COMPANY_INFO);
    }

    @Override
    public HttpReply handle(HttpCall call) {
        try {
            return route(call);
        } catch (CwAdditions.CwValidationException e) {
            ObjectNode body = Json.object();
            body.put("code", e.code()).put("message", e.getMessage());
            body.putArray("errors").addObject().put("code", e.fieldCode()).put("message", e.getMessage())
                    .put("resource", "addition").put("field", e.field());
            return HttpReply.json(400, body);
        }
    }

    private HttpReply route(HttpCall call) {
        if (call.path().startsWith(COMPANY_INFO)) {
            return companyInfo(call.path().substring(COMPANY_INFO.length()));
        }
        authorize(call);
        String[] s = call.path().substring(BASE.length()).split("/");
        String method = call.method().toUpperCase(Locale.ROOT);
        String resource = s.length >= 2 ? s[0] + "/" + s[1] : s[0];
        String[] rest = Arrays.copyOfRange(s, Math.min(2, s.length), s.length);
        return switch (resource) {
            case "company/companies" -> read(call, rest, book.companies(), book::company, "Company");
            case "company/contacts" -> contacts.handle(call, method, rest);
            case "procurement/catalog" -> read(call, rest, book.catalog(), book::catalogItem, "Catalog item");
            case "finance/agreements" -> rest.length >= 1 && rest[0].equals("types")
                    ? read(call, Arrays.copyOfRange(rest, 1, rest.length), book.agreementTypes(), book::agreementType, "Agreement type")
                    : rest.length >= 2 && rest[1].equals("additions")
                    ? additions.handle(call, method, id(rest[0]), Arrays.copyOfRange(rest, 2, rest.length))
                    : read(call, rest, book.agreements(), book::agreement, "Agreement");
            default -> throw ApiException.notFound("No ConnectWise resource at " + call.path());
        };
    }

    private HttpReply read(HttpCall call, String[] rest, List<ObjectNode> all, java.util.function.IntFunction<ObjectNode> byId, String kind) {
        if (!call.is("GET")) {
            throw new ApiException(405, "MethodNotAllowed", "The emulator serves " + kind + " read-only.");
        }
        if (rest.length == 0) {
            return CwQuery.page(call, all);
        }
        if (rest[0].equals("count")) {
            return CwQuery.count(call, all);
        }
        ObjectNode one = byId.apply(id(rest[0]));
        if (one == null) {
            throw ApiException.notFound(kind + " with id " + rest[0] + " not found");
        }
        return HttpReply.ok(one.deepCopy());
    }

    static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("InvalidId", "Id must be a number: " + text);
        }
    }

    private void authorize(HttpCall call) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((credentials.companyId() + "+" + credentials.publicKey()
                + ":" + credentials.privateKey()).getBytes(StandardCharsets.UTF_8));
        if (!call.header("authorization").map(expected::equals).orElse(false) || call.tokensExpired()) {
            throw new ApiException(401, "Unauthorized", "Authentication failed: check the company id, public key and private key.");
        }
        if (call.header("clientId").isEmpty()) {
            throw ApiException.badRequest("ClientIdRequired", "A clientId header is required. Register at developer.connectwise.com.");
        }
        if (!call.header("clientId").get().equalsIgnoreCase(credentials.clientId())) {
            throw new ApiException(401, "InvalidClientId", "The clientId is not valid.");
        }
    }

    private HttpReply companyInfo(String companyId) {
        if (!companyId.equalsIgnoreCase(credentials.companyId())) {
            throw ApiException.notFound("Company " + companyId + " not found");
        }
        ObjectNode json = Json.object();
        json.put("CompanyName", "Seatkeeper Demo MSP").put("Codebase", "v4_6_release/").put("VersionCode", "v2025.1")
                .put("VersionNumber", "v4.6.2025.1").put("CompanyID", credentials.companyId()).put("IsCloud", true)
                .put("SiteUrl", "127.0.0.1");
        return HttpReply.ok(json);
    }

    @Override
    public HttpReply error(int status, String code, String message) {
        ObjectNode body = Json.object();
        body.put("code", code).put("message", message);
        var errors = body.putArray("errors");
        if (status == 400) {
            ObjectNode error = errors.addObject();
            error.put("code", code).put("message", message).put("resource", "request").put("field", "");
        }
        return HttpReply.json(status, body);
    }

    @Override
    public HttpReply throttled(int retryAfterSeconds) {
        return error(429, "TooManyRequests", "Too many requests. Retry after " + retryAfterSeconds + " seconds.");
    }
}
