package org.seatkeeper.emulator.ion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.data.DateShapes;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Price;
import org.seatkeeper.emulator.data.StatusVocabulary;
import org.seatkeeper.emulator.data.Unreadables;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * Account-wide subscription list with pagination.limit/offset. Items carry exactly the fields of the real sample
 * ({@code docs/samples/ion-v3-list-subscriptions.response.json}): licences as a string, mixed-case statuses.
 */
final class IonSubscriptions {

    static final String PARTNER_NAME = "Seatkeeper Demo Reseller";

    private final World world;

    IonSubscriptions(World world) {
        this.world = world;
    }

    HttpReply list(HttpCall call) {
        int limit = call.intParam("pagination.limit").orElse(100);
        int offset = call.intParam("pagination.offset").orElse(0);
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw ApiException.badRequest("INVALID_REQUEST", "pagination.limit must be 1..1000 and pagination.offset >= 0");
        }
        String customerId = call.param("customerId").orElse(null);
        String subscriptionId = call.param("subscriptionId").orElse(null);
        String status = call.param("subscriptionStatus").orElse(null);
        return world.read(() -> {
            List<Tenant> tenants = customerId == null ? world.tenants(Api.ION)
                    : world.tenant(Api.ION, customerId) == null ? List.of() : List.of(world.tenant(Api.ION, customerId));
            List<Subscription> matching = new ArrayList<>();
            for (Tenant tenant : tenants) {
                for (Subscription s : tenant.subscriptions()) {
                    if ((subscriptionId == null || s.matches(subscriptionId))
                            && (status == null || status.equalsIgnoreCase(ionStatus(s)))) {
                        matching.add(s);
                    }
                }
            }
            ObjectNode body = Json.object();
            ArrayNode items = body.putArray("items");
            for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
                items.add(item(matching.get(i)));
            }
            body.putObject("paginationResponse").put("totalSize", matching.size());
            body.put("totalCount", matching.size());
            return HttpReply.ok(body);
        });
    }

    HttpReply detail(String customerId, String id) {
        return world.read(() -> {
            Subscription s = IonCustomers.require(world, customerId).subscription(id);
            if (s == null) {
                throw ApiException.notFound("resource 'accounts/" + world.ionAccountId() + "/customers/" + customerId
                        + "/subscriptions/" + id + "' not found");
            }
            ObjectNode json = item(s);
            json.putArray("billingData");
            json.putArray("priceAdjustments");
            json.putObject("customFields");
            return HttpReply.ok(json);
        });
    }

    /** Ion mixes cases: active is lower case, the others upper case; a status set by the control API as it was set. */
    static String ionStatus(Subscription s) {
        if (s.unreadable() == Unreadable.STATUS) {
            return Unreadables.STATUS;
        }
        return s.statusText() != null ? s.statusText() : StatusVocabulary.spelling(Api.ION, s.status());
    }

    ObjectNode item(Subscription s) {
        DateStyle dates = world.dateStyle(Api.ION);
        Offer offer = s.offer();
        Product product = offer.product();
        Tenant tenant = s.tenant();
        String currency = tenant.profile().currency();
        boolean licence = product.licenseBased();
        String ccpProductId = licence ? "Microsoft365NCE" : "MSAZURE";
        String planId = s.billingCycle().pax8Name().replace("3-Year", "Triennial") + "-" + product.code();
        String planName = licence ? product.name() : offer.term().title();
        ObjectNode json = Json.object();
        json.put("id", Long.toString(s.line()));
        json.put("customerId", tenant.customerId());
        json.put("resellerId", Integer.toString(world.ionAccountId()));
        json.put("isvId", "15718");
        json.put("cloudProviderId", "30");
        json.put("subscriptionId", s.id().toString());
        String name = s.unreadable() == Unreadable.NAME ? Unreadables.longName(product.name()) : product.name();
        json.put("subscriptionName", name);
        json.put("resourceType", "AZURE::Subscription");
        json.put("ccpProductId", ccpProductId);
        json.put("ccpSkuId", product.ionSkuId());
        json.put("ccpPlanId", planId);
        json.put("subscriptionProductId", product.productId());
        json.put("subscriptionSkuId", product.skuId());
        json.put("subscriptionOfferId", offer.offerId());
        json.put("subscriptionTotalLicenses", s.unreadable() == Unreadable.QUANTITY ? Unreadables.QUANTITY : Integer.toString(s.quantity()));
        json.put("unitType", "Licenses");
        json.put("subscriptionStatus", ionStatus(s));
        json.put("subscriptionPurchasedDate", DateShapes.instant(s.purchasedAt(), dates));
        json.put("subscriptionStartDate", s.unreadable() == Unreadable.DATE ? Unreadables.DATE : DateShapes.instant(s.at(s.termStart()), dates));
        json.put("subscriptionEndDate", DateShapes.instant(s.at(s.commitmentEnd().plusDays(1)), dates));
        json.put("cancellationAllowedUntilDate", DateShapes.instant(s.at(s.cancellationAllowedUntil()), dates));
        json.put("subscriptionBillingType", "license");
        json.put("subscriptionBillingCycle", s.billingCycle().lowerName());
        json.put("subscriptionBillingTerm", offer.term().name());
        json.put("subscriptionRenewStatus", s.autoRenew() ? "ENABLED" : "DISABLED");
        if (licence) {
            json.put("resellerPO", "RPO-" + (100_000 + s.line() % 900_000));
            json.put("customerPO", "CPO-" + (200_000 + s.line() % 800_000));
        }
        ObjectNode info = json.putObject("ccpProductInfo");
        info.put("productId", ccpProductId).put("productDisplayName", licence ? "Microsoft 365 NCE" : "Microsoft Azure Plan")
                .put("skuId", product.ionSkuId()).put("skuDisplayName", name).put("planId", planId).put("planDisplayName", planName);
        json.put("isTrial", false);
        json.put("autoRenew", s.autoRenew());
        json.put("customerName", tenant.profile().companyName());
        json.put("partnerName", PARTNER_NAME);
        json.put("lastUpdatedDate", DateShapes.instant(s.updatedAt(), dates));
        Price price = world.price(s);
        json.put("price", price.listPrice());
        json.put("cost", price.cost());
        json.put("currency", price.currency());
        json.put("margin", price.margin());
        json.put("total", price.listPrice().multiply(java.math.BigDecimal.valueOf(s.quantity())));
        json.put("msrp", price.listPrice());
        json.put("renewalDate", DateShapes.instant(s.at(s.commitmentEnd().plusDays(1)), dates));
        if (licence) {
            json.put("mfgPartNumber", offer.mfgPartNumber(s.billingCycle()));
        }
        return json;
    }
}
