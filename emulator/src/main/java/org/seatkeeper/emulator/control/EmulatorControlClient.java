package org.seatkeeper.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.CloudProfileShape;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.DriftReport;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.NewSubscription;
import org.seatkeeper.emulator.ProspectTenant;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.PsaAdditionView;
import org.seatkeeper.emulator.PsaAgreementView;
import org.seatkeeper.emulator.PsaContactView;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.http.Json;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link EmulatorControl} over the emulator's HTTP control endpoint ({@code /_emulator}), for tests and tools in
 * another module or process: every call is one HTTP request, nothing reaches into the emulator's objects. A refused
 * operation (unknown id, status or offer) throws {@link IllegalArgumentException} with the emulator's reason.
 */
public final class EmulatorControlClient implements EmulatorControl {

    private final URI control;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param emulatorBase e.g. {@code emulator.baseUri()}: {@code http://127.0.0.1:<port>} */
    public EmulatorControlClient(URI emulatorBase) {
        this.control = emulatorBase.resolve("/_emulator/");
    }

    @Override
    public void setFaults(Api api, FaultSettings faults) {
        ObjectNode body = Json.object();
        body.put("requestsPerSecondLimit", faults.requestsPerSecondLimit())
                .put("requestsPerMinuteLimit", faults.requestsPerMinuteLimit())
                .put("serverErrorRate", faults.serverErrorRate()).put("addedLatencyMillis", faults.addedLatency().toMillis())
                .put("malformedBody", faults.malformedBody()).put("expiredTokens", faults.expiredTokens());
        send("PUT", "faults/" + api.pathName(), body);
    }

    @Override
    public void failNext(Api api, int count, int httpStatus) {
        send("POST", "faults/" + api.pathName() + "/fail-next?count=" + count + "&status=" + httpStatus, null);
    }

    @Override
    public void failAfter(Api api, int successfulRequests, int httpStatus) {
        send("POST", "faults/" + api.pathName() + "/fail-after?count=" + successfulRequests + "&status=" + httpStatus, null);
    }

    @Override
    public void clearFaults(Api api) {
        send("DELETE", "faults/" + api.pathName(), null);
    }

    @Override
    public void holdAnswers(Api api) {
        send("POST", "faults/" + api.pathName() + "/hold", null);
    }

    @Override
    public int awaitHeldAnswers(Api api, int count, Duration timeout) {
        return send("GET", "faults/" + api.pathName() + "/held?count=" + count + "&timeoutMillis=" + timeout.toMillis(), null)
                .path("held").asInt();
    }

    @Override
    public void releaseAnswers(Api api) {
        send("DELETE", "faults/" + api.pathName() + "/hold", null);
    }

    @Override
    public String addTenant(Api provider, String companyName, String domain, String country) {
        ObjectNode body = Json.object().put("provider", provider.pathName()).put("companyName", companyName)
                .put("domain", domain).put("country", country);
        return send("POST", "tenants", body).path("customerId").asText();
    }

    @Override
    public void removeTenant(Api provider, String customerId) {
        send("DELETE", "tenants/" + provider.pathName() + "/" + segment(customerId), null);
    }

    @Override
    public String acceptRelationship(String tenantIdOrDomain) {
        return send("POST", "tenants/" + segment(tenantIdOrDomain) + "/accept-relationship", null).path("customerId").asText();
    }

    @Override
    public List<ProspectTenant> prospects() {
        return Json.list(send("GET", "prospects", null), ProspectTenant.class);
    }

    @Override
    public DriftReport advanceDay() {
        return Json.as(send("POST", "advance-day", null), DriftReport.class);
    }

    @Override
    public LocalDate today() {
        return LocalDate.parse(send("GET", "", null).path("today").asText());
    }

    @Override
    public void setSubscriptionQuantity(Api provider, String subscriptionId, int quantity) {
        patch(provider, subscriptionId, Json.object().put("quantity", quantity));
    }

    @Override
    public void setSubscriptionStatus(Api provider, String subscriptionId, String status) {
        patch(provider, subscriptionId, Json.object().put("status", status));
    }

    @Override
    public List<String> agreementsRecorded(String customerId) {
        return Json.list(send("GET", "agreements/" + segment(customerId), null), String.class);
    }

    @Override
    public int requestCount(Api api) {
        return send("GET", "faults/" + api.pathName(), null).path("requestCount").asInt();
    }

    @Override
    public int throttledCount(Api api) {
        return send("GET", "faults/" + api.pathName(), null).path("throttledCount").asInt();
    }

    @Override
    public void setAsyncSubscriptionUpdates(boolean enabled) {
        send("PUT", "partnercenter/async-updates", Json.object().put("enabled", enabled));
    }

    @Override
    public String issueIonRefreshToken() {
        return send("POST", "ion/refresh-tokens", null).path("refreshToken").asText();
    }

    @Override
    public List<AccountView> accounts(Api provider) {
        return Json.list(send("GET", "tenants/" + provider.pathName(), null), AccountView.class);
    }

    @Override
    public List<SubscriptionView> subscriptions(Api provider, String customerId) {
        return Json.list(send("GET", "tenants/" + provider.pathName() + "/" + segment(customerId) + "/subscriptions", null),
                SubscriptionView.class);
    }

    @Override
    public SubscriptionView subscription(Api provider, String subscriptionId) {
        return Json.as(send("GET", subscriptionPath(provider, subscriptionId), null), SubscriptionView.class);
    }

    @Override
    public String addSubscription(Api provider, String customerId, NewSubscription subscription) {
        JsonNode created = send("POST", "tenants/" + provider.pathName() + "/" + segment(customerId) + "/subscriptions",
                Json.tree(subscription));
        return created.path("subscriptionId").asText();
    }

    @Override
    public void removeSubscription(Api provider, String subscriptionId) {
        send("DELETE", subscriptionPath(provider, subscriptionId), null);
    }

    @Override
    public void restoreSubscription(Api provider, String subscriptionId) {
        send("POST", subscriptionPath(provider, subscriptionId) + "/restore", null);
    }

    @Override
    public void changeOffer(Api provider, String subscriptionId, String offer, String term, String billingCycle) {
        ObjectNode body = Json.object();
        body.put("offer", offer).put("term", term).put("billingCycle", billingCycle);
        patch(provider, subscriptionId, body);
    }

    @Override
    public void setSubscriptionPrice(Api provider, String subscriptionId, BigDecimal listPrice, BigDecimal cost,
                                     String currency) {
        ObjectNode body = Json.object();
        body.putObject("price").put("listPrice", listPrice).put("cost", cost).put("currency", currency);
        patch(provider, subscriptionId, body);
    }

    @Override
    public void clearSubscriptionPrice(Api provider, String subscriptionId) {
        ObjectNode body = Json.object();
        body.putNull("price");
        patch(provider, subscriptionId, body);
    }

    @Override
    public void setProductPrice(Api provider, String offer, String term, String billingCycle, BigDecimal listPrice,
                                BigDecimal cost, String currency) {
        ObjectNode body = Json.object();
        body.put("offer", offer).put("term", term).put("billingCycle", billingCycle).put("listPrice", listPrice)
                .put("cost", cost).put("currency", currency);
        send("PUT", "prices/" + provider.pathName(), body);
    }

    @Override
    public void setLastChange(Api provider, String subscriptionId, Instant when) {
        patch(provider, subscriptionId, Json.object().put("lastChange", when.toString()));
    }

    @Override
    public void makeUnreadable(Api provider, String subscriptionId, Unreadable how) {
        patch(provider, subscriptionId, Json.object().put("unreadable", how.name()));
    }

    @Override
    public void makeReadable(Api provider, String subscriptionId) {
        ObjectNode body = Json.object();
        body.putNull("unreadable");
        patch(provider, subscriptionId, body);
    }

    @Override
    public void setCloudProfiles(String ionCustomerId, CloudProfileShape shape) {
        send("PATCH", "tenants/" + Api.ION.pathName() + "/" + segment(ionCustomerId), Json.object().put("cloudProfiles", shape.name()));
    }

    @Override
    public void setProvisioningDetails(String pax8CompanyId, boolean shown) {
        send("PATCH", "tenants/" + Api.PAX8.pathName() + "/" + segment(pax8CompanyId),
                Json.object().put("provisioningDetails", shown));
    }

    @Override
    public void setDateStyle(Api provider, DateStyle style) {
        send("PUT", "date-style/" + provider.pathName(), Json.object().put("style", style.name()));
    }

    @Override
    public void setAssignedLicences(String tenantId, String sku, int assigned) {
        send("PUT", "licences/" + segment(tenantId) + "/" + segment(sku), Json.object().put("assigned", assigned));
    }

    @Override
    public void setDelegatedAccess(String tenantId, boolean granted) {
        send("PUT", "delegated-access/" + segment(tenantId), Json.object().put("granted", granted));
    }

    @Override
    public List<PsaAgreementView> psaAgreements(long companyId) {
        return Json.list(send("GET", "psa/agreements?companyId=" + companyId, null), PsaAgreementView.class);
    }

    @Override
    public List<PsaAdditionView> psaAdditions(long agreementId) {
        return Json.list(send("GET", "psa/agreements/" + agreementId + "/additions", null), PsaAdditionView.class);
    }

    @Override
    public void editPsaAddition(long agreementId, long additionId, PsaAdditionEdit edit) {
        send("PATCH", "psa/agreements/" + agreementId + "/additions/" + additionId, Json.tree(edit));
    }

    @Override
    public long addPsaAgreement(long companyId, String name, String type, String status, boolean prorate) {
        ObjectNode body = Json.object().put("companyId", companyId).put("name", name).put("type", type)
                .put("status", status).put("prorate", prorate);
        return send("POST", "psa/agreements", body).path("id").asLong();
    }

    @Override
    public void setPsaAgreementStatus(long agreementId, String status) {
        send("PUT", "psa/agreements/" + agreementId + "/status", Json.object().put("status", status));
    }

    @Override
    public List<PsaContactView> psaContacts(long companyId) {
        return Json.list(send("GET", "psa/companies/" + companyId + "/contacts", null), PsaContactView.class);
    }

    private void patch(Api provider, String subscriptionId, ObjectNode body) {
        send("PATCH", subscriptionPath(provider, subscriptionId), body);
    }

    private static String subscriptionPath(Api provider, String subscriptionId) {
        return "subscriptions/" + provider.pathName() + "/" + segment(subscriptionId);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(control.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The emulator's control endpoint did not answer " + method + " /_emulator/" + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the emulator", e);
        }
        int status = response.statusCode();
        if (status >= 400) {
            String reason = reason(response.body());
            if (status < 500) {
                throw new IllegalArgumentException(reason);
            }
            throw new IllegalStateException("The emulator failed " + method + " /_emulator/" + path + ": " + reason);
        }
        return response.body() == null || response.body().isBlank() ? Json.object() : Json.read(response.body());
    }

    private static String reason(String body) {
        try {
            JsonNode json = Json.read(body);
            return json.path("message").asText(body);
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
