package org.seatkeeper.emulator.ion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.concurrent.atomic.AtomicLong;

/** {@code POST customers/{id}/orders}: CREATE buys a subscription, UPDATE with resourceId changes seats or auto-renew. */
final class IonOrders {

    private final World world;
    private final AtomicLong nextOrder = new AtomicLong(700_000);

    IonOrders(World world) {
        this.world = world;
    }

    HttpReply place(HttpCall call, String customerId) {
        JsonNode body = Json.read(call.body());
        JsonNode items = Json.field(body, "orderItems");
        if (!items.isArray() || items.isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "orderItems must not be empty");
        }
        return world.write(() -> {
            Tenant tenant = IonCustomers.require(world, customerId);
            long orderId = nextOrder.incrementAndGet();
            ObjectNode order = Json.object();
            order.put("name", "accounts/" + world.ionAccountId() + "/customers/" + customerId + "/orders/" + orderId);
            order.put("orderId", Long.toString(orderId));
            order.put("referenceId", String.valueOf(Json.text(body, "referenceId")));
            order.put("displayName", String.valueOf(Json.text(body, "displayName")));
            order.put("status", "COMPLETED");
            order.put("currencyCode", tenant.profile().currency());
            order.putArray("errors");
            ArrayNode placed = order.putArray("orderItems");
            double total = 0;
            for (JsonNode item : items) {
                Subscription s = "UPDATE".equalsIgnoreCase(Json.text(item, "action")) ? update(tenant, item) : create(tenant, item);
                total += world.price(s).listPrice().doubleValue() * s.quantity();
                ObjectNode result = placed.addObject();
                result.put("referenceId", String.valueOf(Json.text(item, "referenceId")));
                result.put("action", Json.text(item, "action") == null ? "CREATE" : Json.text(item, "action").toUpperCase());
                result.put("resourceId", s.id().toString()).put("productId", "Microsoft365NCE")
                        .put("skuId", s.offer().product().ionSkuId()).put("planId", s.offer().term().title() + "-" + s.offer().product().code())
                        .put("quantity", s.quantity()).put("status", "COMPLETED");
            }
            order.put("total", Math.round(total * 100.0) / 100.0);
            return HttpReply.ok(order);
        });
    }

    private Subscription update(Tenant tenant, JsonNode item) {
        String resourceId = Json.text(item, "resourceId");
        Subscription s = resourceId == null ? null : tenant.subscription(resourceId);
        if (s == null) {
            throw ApiException.notFound("resource '" + resourceId + "' not found for customer " + tenant.customerId());
        }
        for (JsonNode attribute : Json.field(item, "attributes")) {
            if ("renewalSetting".equalsIgnoreCase(Json.text(attribute, "name"))) {
                world.setAutoRenew(s, !"auto-off".equalsIgnoreCase(Json.text(attribute, "value")));
            }
        }
        JsonNode quantity = Json.field(item, "quantity");
        if (quantity.isMissingNode() || quantity.asInt() == s.quantity()) {
            return s;
        }
        if (!s.status().isActive()) {
            throw new ApiException(412, "FAILED_PRECONDITION", "subscription " + s.id() + " is not active");
        }
        if (quantity.asInt() < 1) {
            throw ApiException.badRequest("INVALID_REQUEST", "quantity must be at least 1");
        }
        if (quantity.asInt() < s.quantity() && !s.inCancellationWindow(world.today())) {
            throw ApiException.badRequest("INVALID_REQUEST", "seat reduction is only allowed until " + s.at(s.cancellationAllowedUntil()));
        }
        world.setQuantity(s, quantity.asInt());
        return s;
    }

    private Subscription create(Tenant tenant, JsonNode item) {
        String productId = Json.text(item, "productId");
        String skuId = Json.text(item, "skuId");
        String planId = Json.text(item, "planId");
        Product product = world.catalog().products().stream()
                .filter(p -> p.ionSkuId().equalsIgnoreCase(String.valueOf(skuId))
                        || (p.productId().equalsIgnoreCase(String.valueOf(productId)) && p.skuId().equalsIgnoreCase(String.valueOf(skuId))))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("INVALID_REQUEST", "unknown product " + productId + "/" + skuId));
        Offer.Term term = planId != null && planId.toLowerCase().startsWith("annual") && product.licenseBased() ? Offer.Term.P1Y : Offer.Term.P1M;
        int quantity = Json.field(item, "quantity").asInt(1);
        if (quantity < 1) {
            throw ApiException.badRequest("INVALID_REQUEST", "quantity must be at least 1");
        }
        return world.addSubscription(tenant, new Offer(product, term), quantity);
    }
}
