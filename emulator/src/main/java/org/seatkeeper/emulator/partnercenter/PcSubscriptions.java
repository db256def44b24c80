package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.LicenceUnits;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.SubscriptionStatus;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.ArrayList;
import java.util.List;

/** {@code /v1/customers/{id}/subscriptions} (not paged), one subscription, PATCH with the NCE rules, subscribedskus. */
final class PcSubscriptions {

    /** Quantity changes to more seats than this are slow: 202 + Location, applied on the next GET. */
    static final int ASYNC_ABOVE = 100;

    private final World world;
    private final PartnerCenterState state;

    PcSubscriptions(World world, PartnerCenterState state) {
        this.world = world;
        this.state = state;
    }

    HttpReply list(String customerId) {
        return world.read(() -> {
            Tenant tenant = PcCustomers.require(world, customerId);
            return HttpReply.jsonText(200, PcJson.subscriptionCollection(tenant.subscriptions(), world.today(),
                    PcJson.BASE + "customers/" + customerId + "/subscriptions", world.dateStyle(Api.PARTNER_CENTER)));
        });
    }

    /** A pending (202) change is applied when the subscription is read again. */
    HttpReply get(String customerId, String subscriptionId) {
        return world.write(() -> {
            Subscription subscription = require(customerId, subscriptionId);
            if (subscription.pendingQuantity() != null) {
                world.setQuantity(subscription, subscription.pendingQuantity());
            }
            return HttpReply.ok(PcJson.subscription(subscription, world.today(), world.dateStyle(Api.PARTNER_CENTER)));
        });
    }

    HttpReply patch(HttpCall call, String customerId, String subscriptionId) {
        JsonNode body = Json.read(call.body());
        return world.write(() -> {
            Subscription subscription = require(customerId, subscriptionId);
            JsonNode statusNode = Json.field(body, "status");
            if (!statusNode.isMissingNode() && !statusNode.isNull()) {
                SubscriptionStatus wanted = parseStatus(statusNode.asText());
                if (wanted != subscription.status()) {
                    return changeStatus(subscription, wanted);
                }
            }
            JsonNode autoRenew = Json.field(body, "autoRenewEnabled");
            if (autoRenew.isBoolean() && autoRenew.booleanValue() != subscription.autoRenew()) {
                world.setAutoRenew(subscription, autoRenew.booleanValue());
            }
            JsonNode quantityNode = Json.field(body, "quantity");
            if (quantityNode.isMissingNode() || quantityNode.asInt() == subscription.quantity()) {
                return HttpReply.ok(PcJson.subscription(subscription, world.today(), world.dateStyle(Api.PARTNER_CENTER)));
            }
            return changeQuantity(call, subscription, quantityNode.asInt());
        });
    }

    private HttpReply changeQuantity(HttpCall call, Subscription subscription, int quantity) {
        if (!subscription.status().isActive()) {
            throw ApiException.badRequest("800001", "The subscription is " + subscription.status().name().toLowerCase() + "; its quantity cannot change.");
        }
        if (quantity < 1 || quantity > 10_000) {
            throw ApiException.badRequest("800002", "Quantity must be between 1 and 10000.");
        }
        if (subscription.offer().product().usageBased()) {
            throw ApiException.badRequest("800003", "The quantity of a usage-based subscription cannot change.");
        }
        if (quantity < subscription.quantity() && !subscription.inCancellationWindow(world.today())) {
            throw ApiException.badRequest("800037", "Seat decreases are only allowed until "
                    + subscription.at(subscription.cancellationAllowedUntil())
                    + ". Use scheduledNextTermInstructions to reduce seats at renewal.");
        }
        if (quantity > ASYNC_ABOVE || state.asyncUpdates()) {
            world.setPendingQuantity(subscription, quantity);
            String location = call.origin() + PcJson.BASE + "customers/" + subscription.tenant().customerId()
                    + "/subscriptions/" + subscription.id();
            return HttpReply.empty(202).withHeader("Location", location);
        }
        world.setQuantity(subscription, quantity);
        return HttpReply.ok(PcJson.subscription(subscription, world.today(), world.dateStyle(Api.PARTNER_CENTER)));
    }

    private HttpReply changeStatus(Subscription subscription, SubscriptionStatus wanted) {
        if (wanted == SubscriptionStatus.DELETED && !subscription.inCancellationWindow(world.today())) {
            throw ApiException.badRequest("800038", "The subscription can only be cancelled until "
                    + subscription.at(subscription.cancellationAllowedUntil()) + ".");
        }
        if (wanted == SubscriptionStatus.EXPIRED) {
            throw ApiException.badRequest("800039", "A subscription cannot be set to expired.");
        }
        world.setStatus(subscription, wanted);
        return HttpReply.ok(PcJson.subscription(subscription, world.today(), world.dateStyle(Api.PARTNER_CENTER)));
    }

    private static SubscriptionStatus parseStatus(String text) {
        try {
            return SubscriptionStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("800040", e.getMessage());
        }
    }

    HttpReply subscribedSkus(String customerId) {
        return world.read(() -> {
            Tenant tenant = PcCustomers.require(world, customerId);
            if (!tenant.delegatedAccess()) {
                throw new ApiException(403, "2000", "The partner has no delegated admin access to the customer's tenant.");
            }
            List<ObjectNode> items = new ArrayList<>();
            LicenceUnits.of(tenant).forEach((product, units) -> items.add(sku(product, units)));
            return HttpReply.ok(PcJson.collection(items, PcJson.BASE + "customers/" + customerId + "/subscribedskus"));
        });
    }

    /** Units as §1.9 names them: active = enabled seats, consumed = assigned, available = active - consumed. */
    private static ObjectNode sku(Product product, LicenceUnits.Units u) {
        ObjectNode item = Json.object();
        item.put("availableUnits", Math.max(0, u.enabled() - u.assigned())).put("activeUnits", u.enabled())
                .put("consumedUnits", u.assigned()).put("suspendedUnits", u.suspended())
                .put("totalUnits", u.enabled() + u.suspended() + u.warning()).put("warningUnits", u.warning());
        item.putObject("productSku").put("id", product.graphSkuId()).put("name", product.name())
                .put("skuPartNumber", product.skuPartNumber()).put("targetType", "User").put("licenseGroupId", "Group1");
        item.putArray("servicePlans").addObject().put("displayName", product.name()).put("serviceName", product.skuPartNumber())
                .put("id", product.graphSkuId()).put("capabilityStatus", u.capabilityStatus()).put("targetType", "User");
        item.put("capabilityStatus", u.capabilityStatus());
        item.putObject("attributes").put("objectType", "SubscribedSku");
        return item;
    }

    private Subscription require(String customerId, String subscriptionId) {
        Tenant tenant = PcCustomers.require(world, customerId);
        Subscription subscription = tenant.subscription(subscriptionId);
        if (subscription == null) {
            throw new ApiException(404, "800002", "The subscription " + subscriptionId + " was not found.");
        }
        return subscription;
    }
}
