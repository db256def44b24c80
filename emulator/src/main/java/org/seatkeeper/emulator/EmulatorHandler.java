package org.seatkeeper.emulator;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.seatkeeper.emulator.control.ControlEndpoint;
import org.seatkeeper.emulator.faults.FaultDecision;
import org.seatkeeper.emulator.faults.FaultState;
import org.seatkeeper.emulator.faults.Faults;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one Jetty handler: routes to the API that serves the path, injects faults, and writes the answer. Added
 * latency is scheduled on Jetty's scheduler and held answers are kept until released, so no thread waits.
 */
final class EmulatorHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);

    private final List<ProviderEndpoint> endpoints;
    private final ControlEndpoint control;
    private final Faults faults;

    EmulatorHandler(List<ProviderEndpoint> endpoints, ControlEndpoint control, Faults faults) {
        this.endpoints = List.copyOf(endpoints);
        this.control = control;
        this.faults = faults;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName(), field.getValue());
        }
        String origin = "http://127.0.0.1:" + Request.getLocalPort(request);
        String pathAndQuery = request.getHttpURI().getPathQuery();
        Content.Source.asStringAsync(request, StandardCharsets.UTF_8).whenComplete((body, failure) -> {
            if (failure != null) {
                callback.failed(failure);
                return;
            }
            HttpCall call = HttpCall.of(request.getMethod(), pathAndQuery, headers, body, origin);
            answer(call, request, response, callback);
        });
        return true;
    }

    private void answer(HttpCall call, Request request, Response response, Callback callback) {
        if (call.path().startsWith("/_emulator")) {
            send(safely(() -> control.handle(call), null), response, callback);
            return;
        }
        ProviderEndpoint endpoint = endpoints.stream().filter(e -> e.serves(call.path())).findFirst().orElse(null);
        if (endpoint == null) {
            send(HttpReply.json(404, Json.object().put("error", "No emulated API at " + call.path())), response, callback);
            return;
        }
        FaultState state = faults.of(endpoint.api());
        FaultSettings settings = state.settings();
        boolean tokenRequest = endpoint.isTokenRequest(call);
        FaultDecision decision = state.decide(tokenRequest);
        HttpReply reply;
        if (decision.passes()) {
            reply = safely(() -> endpoint.handle(call.withTokensExpired(settings.expiredTokens())), endpoint);
        } else if (decision.status() == 429) {
            reply = endpoint.throttled(decision.retryAfterSeconds()).withHeader("Retry-After", Integer.toString(decision.retryAfterSeconds()));
        } else {
            reply = endpoint.error(decision.status(), decision.status() == 503 ? "ServiceUnavailable" : "InjectedFault",
                    "Injected fault: HTTP " + decision.status());
        }
        if (settings.malformedBody() && !tokenRequest) {
            reply = reply.truncated();
        }
        HttpReply answer = reply;
        long delay = settings.addedLatency().toMillis();
        Runnable sendIt = delay > 0
                ? () -> request.getComponents().getScheduler().schedule(() -> send(answer, response, callback), delay,
                        TimeUnit.MILLISECONDS)
                : () -> send(answer, response, callback);
        if (tokenRequest || !state.heldBack(sendIt)) {
            sendIt.run();
        }
    }

    private HttpReply safely(java.util.function.Supplier<HttpReply> work, ProviderEndpoint endpoint) {
        try {
            return work.get();
        } catch (ApiException e) {
            return endpoint == null
                    ? HttpReply.json(e.status(), Json.object().put("error", e.code()).put("message", e.getMessage()))
                    : endpoint.error(e.status(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Emulator failed to answer", e);
            return endpoint == null
                    ? HttpReply.json(500, Json.object().put("error", "InternalError").put("message", String.valueOf(e)))
                    : endpoint.error(500, "InternalError", String.valueOf(e));
        }
    }

    private static void send(HttpReply reply, Response response, Callback callback) {
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        byte[] bytes = reply.bytes();
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
