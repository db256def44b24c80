package org.seatkeeper.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.CloudProfileShape;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.faults.Faults;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.ApiUrls;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.time.Duration;

/** {@code /_emulator}: the control operations over HTTP, for the demo UI, scripts and other processes. */
public final class ControlEndpoint {

    private final EmulatorControl control;
    private final EmulatorSettings settings;
    private final DemoCredentials credentials;
    private final Faults faults;
    private final SubscriptionControl subscriptions;

    public ControlEndpoint(EmulatorControl control, EmulatorSettings settings, DemoCredentials credentials, Faults faults) {
        this.control = control;
        this.subscriptions = new SubscriptionControl(control);
        this.settings = settings;
        this.credentials = credentials;
        this.faults = faults;
    }

    public HttpReply handle(HttpCall call) {
        String[] s = call.path().replaceAll("^/_emulator/?", "").split("/");
        String method = call.method().toUpperCase(java.util.Locale.ROOT);
        try {
            if (s[0].isEmpty() && method.equals("GET")) {
                return HttpReply.ok(describe(call.origin()));
            }
            if (s[0].equals("prospects") && method.equals("GET")) {
                return HttpReply.ok(Json.tree(control.prospects()));
            }
            if (s[0].equals("advance-day") && method.equals("POST")) {
                return HttpReply.ok(Json.tree(control.advanceDay()));
            }
            if (s[0].equals("tenants") && s.length == 3 && s[2].equals("accept-relationship") && method.equals("POST")) {
                return HttpReply.ok(Json.object().put("customerId", control.acceptRelationship(s[1])));
            }
            if (s[0].equals("tenants") && s.length == 1 && method.equals("POST")) {
                JsonNode body = Json.read(call.body());
                String id = control.addTenant(Api.fromName(body.path("provider").asText()), body.path("companyName").asText(),
                        body.path("domain").asText(), body.path("country").asText("US"));
                return HttpReply.json(201, Json.object().put("customerId", id));
            }
            if (s[0].equals("tenants") && s.length == 3 && method.equals("DELETE")) {
                control.removeTenant(Api.fromName(s[1]), s[2]);
                return HttpReply.empty(204);
            }
            if (s[0].equals("tenants") && s.length == 3 && method.equals("PATCH")) {
                JsonNode body = Json.read(call.body());
                Api api = Api.fromName(s[1]);
                if (body.hasNonNull("cloudProfiles") && api == Api.ION) {
                    control.setCloudProfiles(s[2], CloudProfileShape.valueOf(body.get("cloudProfiles").asText().toUpperCase(java.util.Locale.ROOT)));
                }
                if (body.hasNonNull("provisioningDetails") && api == Api.PAX8) {
                    control.setProvisioningDetails(s[2], body.get("provisioningDetails").asBoolean());
                }
                return HttpReply.empty(204);
            }
            if (s[0].equals("tenants") && s.length == 2 && method.equals("GET")) {
                return subscriptions.accounts(Api.fromName(s[1]));
            }
            if (s[0].equals("tenants") && s.length == 4 && s[3].equals("subscriptions")) {
                return subscriptions.listOrAdd(call, method, Api.fromName(s[1]), s[2]);
            }
            if (s[0].equals("subscriptions") && s.length >= 3) {
                return subscriptions.subscription(call, method, Api.fromName(s[1]), s[2], s.length > 3 ? s[3] : "");
            }
            if (s[0].equals("prices") && s.length == 2 && method.equals("PUT")) {
                return subscriptions.setPrice(call, Api.fromName(s[1]));
            }
            if (s[0].equals("date-style") && s.length == 2 && method.equals("PUT")) {
                control.setDateStyle(Api.fromName(s[1]), DateStyle.parse(Json.read(call.body()).path("style").asText()));
                return HttpReply.empty(204);
            }
            if (s[0].equals("agreements") && s.length == 2 && method.equals("GET")) {
                return HttpReply.ok(Json.tree(control.agreementsRecorded(s[1])));
            }
            if (s[0].equals("partnercenter") && s.length == 2 && s[1].equals("async-updates") && method.equals("PUT")) {
                control.setAsyncSubscriptionUpdates(Json.read(call.body()).path("enabled").asBoolean());
                return HttpReply.empty(204);
            }
            if (s[0].equals("ion") && s.length == 2 && s[1].equals("refresh-tokens") && method.equals("POST")) {
                return HttpReply.ok(Json.object().put("refreshToken", control.issueIonRefreshToken()));
            }
            if (s[0].equals("licences") && s.length == 3 && method.equals("PUT")) {
                control.setAssignedLicences(s[1], s[2], Json.read(call.body()).path("assigned").asInt());
                return HttpReply.empty(204);
            }
            if (s[0].equals("delegated-access") && s.length == 2 && method.equals("PUT")) {
                control.setDelegatedAccess(s[1], Json.read(call.body()).path("granted").asBoolean());
                return HttpReply.empty(204);
            }
            if (s[0].equals("psa")) {
                return PsaControlRoutes.handle(control, call, method, s);
            }
            if (s[0].equals("faults") && s.length >= 2) {
                return faults(call, method, Api.fromName(s[1]), s.length > 2 ? s[2] : "");
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("InvalidRequest", e.getMessage());
        }
        throw ApiException.notFound("No control operation " + method + " " + call.path());
    }

    private HttpReply faults(HttpCall call, String method, Api api, String action) {
        if (action.isEmpty() && method.equals("PUT")) {
            control.setFaults(api, parseFaults(Json.read(call.body())));
            return HttpReply.ok(faultJson(api));
        }
        if (action.isEmpty() && method.equals("DELETE")) {
            control.clearFaults(api);
            return HttpReply.empty(204);
        }
        if (action.isEmpty() && method.equals("GET")) {
            return HttpReply.ok(faultJson(api));
        }
        if (action.equals("hold") && method.equals("POST")) {
            control.holdAnswers(api);
            return HttpReply.empty(204);
        }
        if (action.equals("hold") && method.equals("DELETE")) {
            control.releaseAnswers(api);
            return HttpReply.empty(204);
        }
        if (action.equals("held") && method.equals("GET")) {
            int held = control.awaitHeldAnswers(api, call.intParam("count").orElse(0),
                    Duration.ofMillis(call.intParam("timeoutMillis").orElse(0)));
            return HttpReply.ok(Json.object().put("held", held));
        }
        int count = call.intParam("count").orElse(1);
        int status = call.intParam("status").orElse(503);
        if (action.equals("fail-next") && method.equals("POST")) {
            control.failNext(api, count, status);
            return HttpReply.empty(204);
        }
        if (action.equals("fail-after") && method.equals("POST")) {
            control.failAfter(api, count, status);
            return HttpReply.empty(204);
        }
        throw ApiException.notFound("No fault operation " + method + " " + action);
    }

    static FaultSettings parseFaults(JsonNode body) {
        Duration latency = body.has("addedLatencyMillis") ? Duration.ofMillis(body.get("addedLatencyMillis").asLong())
                : body.hasNonNull("addedLatency") ? Duration.parse(body.get("addedLatency").asText()) : Duration.ZERO;
        return new FaultSettings(body.path("requestsPerSecondLimit").asInt(0), body.path("requestsPerMinuteLimit").asInt(0),
                body.path("serverErrorRate").asDouble(0), latency, body.path("malformedBody").asBoolean(false),
                body.path("expiredTokens").asBoolean(false));
    }

    private ObjectNode faultJson(Api api) {
        FaultSettings f = faults.of(api).settings();
        ObjectNode json = Json.object();
        json.put("requestsPerSecondLimit", f.requestsPerSecondLimit()).put("requestsPerMinuteLimit", f.requestsPerMinuteLimit())
                .put("serverErrorRate", f.serverErrorRate()).put("addedLatencyMillis", f.addedLatency().toMillis())
                .put("malformedBody", f.malformedBody()).put("expiredTokens", f.expiredTokens())
                .put("requestCount", control.requestCount(api)).put("throttledCount", control.throttledCount(api))
                .put("heldAnswers", faults.of(api).heldCount());
        return json;
    }

    private ObjectNode describe(String origin) {
        ObjectNode json = Json.object();
        json.put("seed", settings.seed()).put("tenantsPerProvider", settings.tenantsPerProvider())
                .put("prospectTenants", settings.prospectTenants()).put("subscriptionsPerTenant", settings.subscriptionsPerTenant())
                .put("today", control.today().toString());
        ObjectNode apis = json.putObject("apis");
        ObjectNode faultsJson = json.putObject("faults");
        for (Api api : Api.values()) {
            apis.putObject(api.jsonName()).put("baseUrl", origin + ApiUrls.basePath(api))
                    .put("tokenUrl", origin + ApiUrls.tokenPathTemplate(api, credentials));
            faultsJson.set(api.jsonName(), faultJson(api));
        }
        json.set("credentials", Json.tree(credentials));
        return json;
    }
}
