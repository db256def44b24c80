package org.seatkeeper.emulator.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.BillingCycle;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Pax8 companies, products and subscriptions, paged 0-based with {page, size <= 200}. */
final class Pax8Resources {

    private static final int MAX_SIZE = 200;

    private final World world;
    private final Map<String, List<ObjectNode>> history = new ConcurrentHashMap<>();

    Pax8Resources(World world) {
        this.world = world;
    }

    private static ObjectNode page(HttpCall call, List<?> all, java.util.function.Function<Object, ObjectNode> render) {
        int page = call.intParam("page").orElse(0);
        int size = call.intParam("size").orElse(10);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("invalid-paging", "page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
        ObjectNode body = Json.object();
        ArrayNode content = body.putArray("content");
        long from = (long) page * size;
        for (long i = from; i < Math.min(all.size(), from + size); i++) {
            content.add(render.apply(all.get((int) i)));
        }
        body.putObject("page").put("size", size).put("totalElements", all.size())
                .put("totalPages", (all.size() + size - 1) / size).put("number", page);
        return body;
    }

    HttpReply companies(HttpCall call) {
        String status = call.param("status").orElse(null);
        return world.read(() -> {
            List<Tenant> tenants = status == null || status.equalsIgnoreCase("Active") ? world.tenants(Api.PAX8) : List.of();
            return HttpReply.ok(page(call, tenants, t -> Pax8Json.company((Tenant) t)));
        });
    }

    HttpReply company(String id) {
        return world.read(() -> HttpReply.ok(Pax8Json.company(requireCompany(id))));
    }

    private Tenant requireCompany(String id) {
        Tenant tenant = world.tenant(Api.PAX8, id);
        if (tenant == null) {
            throw ApiException.notFound("Company " + id + " not found");
        }
        return tenant;
    }

    HttpReply products(HttpCall call) {
        List<Product> products = world.catalog().products();
        return HttpReply.ok(page(call, products, p -> Pax8Json.product((Product) p)));
    }

    /** A product's pricing per term and billing cycle, in the company's currency (USD without one). */
    HttpReply pricing(String productId, String companyId) {
        return world.read(() -> {
            Product product = world.catalog().products().stream()
                    .filter(p -> Pax8Json.productId(p).equalsIgnoreCase(productId)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("Product " + productId + " not found"));
            String currency = companyId == null ? "USD" : requireCompany(companyId).profile().currency();
            ObjectNode body = Json.object();
            ArrayNode content = body.putArray("content");
            for (Offer.Term term : product.licenseBased() ? Offer.Term.values() : new Offer.Term[] {Offer.Term.P1M}) {
                for (BillingCycle cycle : BillingCycle.values()) {
                    if (cycle.months() <= term.months()) {
                        content.add(Pax8Json.pricing(product, term, cycle,
                                world.prices(Api.PAX8).price(product, term, cycle, currency)));
                    }
                }
            }
            return HttpReply.ok(body);
        });
    }

    HttpReply subscriptions(HttpCall call) {
        String companyId = call.param("companyId").orElse(null);
        String productId = call.param("productId").orElse(null);
        String status = call.param("status").orElse(null);
        return world.read(() -> {
            List<Tenant> tenants = companyId == null ? world.tenants(Api.PAX8) : List.of(requireCompany(companyId));
            List<Subscription> matching = new ArrayList<>();
            for (Tenant tenant : tenants) {
                for (Subscription s : tenant.subscriptions()) {
                    if ((productId == null || productId.equalsIgnoreCase(Pax8Json.productId(s.offer().product())))
                            && (status == null || status.equalsIgnoreCase(Pax8Json.status(s)))) {
                        matching.add(s);
                    }
                }
            }
            return HttpReply.ok(page(call, matching, s -> Pax8Json.subscription((Subscription) s, world.price((Subscription) s), world.dateStyle(Api.PAX8))));
        });
    }

    HttpReply subscription(String id) {
        return world.read(() -> HttpReply.ok(Pax8Json.subscription(require(id), world.price(require(id)), world.dateStyle(Api.PAX8))));
    }

    private Subscription require(String id) {
        Subscription s = world.subscription(Api.PAX8, id);
        if (s == null) {
            throw ApiException.notFound("Subscription " + id + " not found");
        }
        return s;
    }

    HttpReply update(String id, JsonNode body) {
        return world.write(() -> {
            Subscription s = require(id);
            if (!body.has("quantity") && !body.has("price") && !body.has("billingTerm") && !body.has("startDate")) {
                throw new ApiException(422, "invalid-update", "At least one of quantity, price, billingTerm or startDate is required");
            }
            List<ObjectNode> snapshots = history.computeIfAbsent(s.pax8Id().toString(), k -> new CopyOnWriteArrayList<>());
            if (snapshots.isEmpty()) {
                snapshots.add(Pax8Json.subscription(s, world.price(s), world.dateStyle(Api.PAX8)));
            }
            if (body.has("quantity")) {
                int quantity = body.get("quantity").asInt();
                if (quantity < 1 || !s.status().isActive()) {
                    throw new ApiException(422, "invalid-update", "Quantity must be >= 1 on an active subscription");
                }
                if (quantity < s.quantity() && !s.inCancellationWindow(world.today())) {
                    throw new ApiException(422, "invalid-update", "Quantity decreases are only allowed until "
                            + s.cancellationAllowedUntil() + " (NCE cancellation window)");
                }
                world.setQuantity(s, quantity);
            }
            ObjectNode current = Pax8Json.subscription(s, world.price(s), world.dateStyle(Api.PAX8));
            snapshots.add(current);
            return HttpReply.ok(current);
        });
    }

    HttpReply history(String id) {
        return world.read(() -> {
            Subscription s = require(id);
            ArrayNode array = Json.array();
            List<ObjectNode> snapshots = history.getOrDefault(s.pax8Id().toString(), List.of(Pax8Json.subscription(s, world.price(s), world.dateStyle(Api.PAX8))));
            for (int i = 0; i < snapshots.size(); i++) {
                ObjectNode entry = snapshots.get(i).deepCopy();
                entry.put("historyId", Ids.derived(s.pax8Id(), 0x4157L, i).toString());
                array.add(entry);
            }
            return HttpReply.ok(array);
        });
    }
}
