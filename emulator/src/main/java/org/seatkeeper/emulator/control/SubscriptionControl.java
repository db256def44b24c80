package org.seatkeeper.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.NewSubscription;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The subscription and price operations over HTTP:
 * <pre>
 * GET    /_emulator/tenants/{api}                              the customers listed now
 * GET    /_emulator/tenants/{api}/{customerId}/subscriptions    what the provider reports for one
 * POST   /_emulator/tenants/{api}/{customerId}/subscriptions    add one (a NewSubscription); 201 with its view
 * GET    /_emulator/subscriptions/{api}/{id}                     one, also when removed
 * PATCH  /_emulator/subscriptions/{api}/{id}                     change any of: quantity, status, offer/term/billingCycle,
 *                                                               price {listPrice,cost,currency} or null, lastChange,
 *                                                               unreadable (DATE, STATUS, NAME, QUANTITY) or null
 * DELETE /_emulator/subscriptions/{api}/{id}                     the provider stops reporting it
 * POST   /_emulator/subscriptions/{api}/{id}/restore             and reports it again
 * PUT    /_emulator/prices/{api}                                 a product's price {offer,term,billingCycle,listPrice,cost,currency}
 * </pre>
 */
final class SubscriptionControl {

    private final EmulatorControl control;

    SubscriptionControl(EmulatorControl control) {
        this.control = control;
    }

    HttpReply accounts(Api api) {
        return HttpReply.ok(Json.tree(control.accounts(api)));
    }

    HttpReply listOrAdd(HttpCall call, String method, Api api, String customerId) {
        if (method.equals("POST")) {
            NewSubscription wanted = Json.as(Json.read(call.body()), NewSubscription.class);
            String id = control.addSubscription(api, customerId, wanted);
            return HttpReply.json(201, Json.tree(control.subscription(api, id)));
        }
        if (method.equals("GET")) {
            return HttpReply.ok(Json.tree(control.subscriptions(api, customerId)));
        }
        throw ApiException.notFound("No control operation " + method + " " + call.path());
    }

    HttpReply subscription(HttpCall call, String method, Api api, String id, String action) {
        if (action.equals("restore") && method.equals("POST")) {
            control.restoreSubscription(api, id);
            return HttpReply.ok(Json.tree(control.subscription(api, id)));
        }
        if (!action.isEmpty()) {
            throw ApiException.notFound("No control operation " + method + " " + call.path());
        }
        switch (method) {
            case "GET":
                return HttpReply.ok(Json.tree(control.subscription(api, id)));
            case "DELETE":
                control.removeSubscription(api, id);
                return HttpReply.empty(204);
            case "PATCH":
                patch(api, id, Json.read(call.body()));
                return HttpReply.ok(Json.tree(control.subscription(api, id)));
            default:
                throw ApiException.notFound("No control operation " + method + " " + call.path());
        }
    }

    /** Applies the fields present, in a fixed order; lastChange last, so it is the stamp that stays. */
    private void patch(Api api, String id, JsonNode body) {
        if (body.has("offer") || body.has("term") || body.has("billingCycle")) {
            control.changeOffer(api, id, text(body, "offer"), text(body, "term"), text(body, "billingCycle"));
        }
        if (body.hasNonNull("quantity")) {
            control.setSubscriptionQuantity(api, id, body.get("quantity").asInt());
        }
        if (body.hasNonNull("status")) {
            control.setSubscriptionStatus(api, id, body.get("status").asText());
        }
        if (body.has("price")) {
            JsonNode price = body.get("price");
            if (price.isNull()) {
                control.clearSubscriptionPrice(api, id);
            } else {
                control.setSubscriptionPrice(api, id, amount(price, "listPrice"), amount(price, "cost"), text(price, "currency"));
            }
        }
        if (body.has("unreadable")) {
            if (body.get("unreadable").isNull()) {
                control.makeReadable(api, id);
            } else {
                control.makeUnreadable(api, id, Unreadable.parse(body.get("unreadable").asText()));
            }
        }
        if (body.hasNonNull("lastChange")) {
            control.setLastChange(api, id, instant(body.get("lastChange").asText()));
        }
    }

    HttpReply setPrice(HttpCall call, Api api) {
        JsonNode body = Json.read(call.body());
        control.setProductPrice(api, text(body, "offer"), text(body, "term"), text(body, "billingCycle"),
                amount(body, "listPrice"), amount(body, "cost"), text(body, "currency"));
        return HttpReply.empty(204);
    }

    /** An instant, or a date (noon UTC of it). */
    static Instant instant(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atTime(12, 0).toInstant(ZoneOffset.UTC) : Instant.parse(text);
    }

    private static BigDecimal amount(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return new BigDecimal(value.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
