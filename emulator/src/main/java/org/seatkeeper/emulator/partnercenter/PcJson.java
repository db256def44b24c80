package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantProfile;
import org.seatkeeper.emulator.http.Json;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.emulator.data.SubscriptionStatus;

/** Partner Center resource JSON (camelCase, as the API answers). */
final class PcJson {

    static final String BASE = "/partnercenter/v1/";

    private PcJson() {
    }

    static ObjectNode collection(List<ObjectNode> items, String selfUri) {
        ObjectNode envelope = Json.object();
        envelope.put("totalCount", items.size());
        ArrayNode array = envelope.putArray("items");
        items.forEach(array::add);
        envelope.putObject("links").set("self", link(selfUri));
        envelope.putObject("attributes").put("objectType", "Collection");
        return envelope;
    }

    static ObjectNode link(String uri) {
        ObjectNode link = Json.object();
        link.put("uri", uri).put("method", "GET");
        link.putArray("headers");
        return link;
    }

    static ObjectNode customer(Tenant tenant, boolean detailed) {
        TenantProfile p = tenant.profile();
        ObjectNode customer = Json.object();
        customer.put("id", tenant.customerId());
        customer.put("commerceId", Ids.derived(tenant.tenantId(), 0xCEL).toString());
        ObjectNode company = customer.putObject("companyProfile");
        company.put("tenantId", tenant.tenantId().toString()).put("domain", p.domain()).put("companyName", p.companyName());
        company.putObject("attributes").put("objectType", "CustomerCompanyProfile");
        if (detailed) {
            ObjectNode billing = customer.putObject("billingProfile");
            billing.put("id", tenant.tenantId().toString().replace("-", "").substring(0, 24));
            billing.put("firstName", p.contactFirstName()).put("lastName", p.contactLastName()).put("email", p.email());
            billing.put("culture", p.culture()).put("language", p.language()).put("companyName", p.companyName());
            billing.set("defaultAddress", address(p));
            billing.putObject("attributes").put("etag", "\"" + Integer.toHexString(p.hashCode()) + "\"")
                    .put("objectType", "CustomerBillingProfile");
            customer.put("allowDelegatedAccess", true);
        }
        customer.put("relationshipToPartner", "reseller");
        customer.putObject("links").set("self", link(BASE + "customers/" + tenant.customerId()));
        customer.putObject("attributes").put("objectType", "Customer");
        return customer;
    }

    static ObjectNode address(TenantProfile p) {
        ObjectNode address = Json.object();
        address.put("country", p.country()).put("city", p.city()).put("state", p.state()).put("addressLine1", p.street())
                .put("postalCode", p.postalCode()).put("firstName", p.contactFirstName()).put("lastName", p.contactLastName())
                .put("phoneNumber", p.phone());
        return address;
    }

    static ObjectNode subscription(Subscription s, LocalDate today) {
        ObjectNode json = Json.object();
        String id = s.id().toString();
        var offer = s.offer();
        var product = offer.product();
        json.put("id", id);
        json.put("offerId", offer.offerId());
        json.put("offerName", product.name());
        json.put("friendlyName", product.name());
        json.putObject("productType").put("id", "OnlineServicesNCE").put("displayName", "OnlineServicesNCE");
        json.put("quantity", s.quantity());
        json.put("unitType", product.usageBased() ? "Usage-based" : "Licenses");
        json.put("hasPurchasableAddons", false);
        json.put("creationDate", s.purchasedAt().toString());
        json.put("effectiveStartDate", s.at(s.termStart()).toString());
        json.put("commitmentEndDate", s.commitmentEnd().atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        json.put("commitmentEndDateTime", s.at(s.commitmentEnd()).toString());
        json.put("autoRenewEnabled", s.autoRenew());
        json.put("status", s.status().name().toLowerCase(Locale.ROOT));
        json.put("isTrial", false);
        json.put("billingType", product.usageBased() ? "usage" : "license");
        json.put("billingCycle", offer.term().billingCycle());
        json.put("termDuration", offer.term().name());
        json.put("renewalTermDuration", offer.term().name());
        json.put("isMicrosoftProduct", true);
        json.put("partnerId", "");
        json.put("attentionNeeded", false);
        json.put("actionTaken", false);
        json.put("contractType", "subscription");
        json.put("publisherName", "Microsoft Corporation");
        json.put("orderId", id.replace("-", "").substring(0, 16));
        json.put("cancellationAllowedUntilDate", s.at(s.cancellationAllowedUntil()).toString());
        ObjectNode refundable = json.putObject("refundableQuantity");
        ArrayNode details = refundable.putArray("details");
        if (s.status().isActive() && s.inCancellationWindow(today)) {
            refundable.put("totalQuantity", s.quantity());
            details.addObject().put("quantity", s.quantity()).put("allowedUntilDateTime", s.at(s.cancellationAllowedUntil()).toString());
        } else {
            refundable.put("totalQuantity", 0);
        }
        json.putArray("suspensionReasons");
        if (s.status() == SubscriptionStatus.SUSPENDED) {
            ((ArrayNode) json.get("suspensionReasons")).add("CustomerCancellation");
        }
        String self = BASE + "customers/" + s.tenant().customerId() + "/subscriptions/" + id;
        ObjectNode links = json.putObject("links");
        links.set("self", link(self));
        links.set("product", link(BASE + "products/" + product.productId() + "?country=" + s.tenant().profile().country()));
        links.set("sku", link(BASE + "products/" + product.productId() + "/skus/" + product.skuId()));
        links.set("availability", link(BASE + "products/" + product.productId() + "/skus/" + product.skuId()
                + "/availabilities/" + offer.availabilityId()));
        json.putObject("attributes").put("etag", etag(s)).put("objectType", "Subscription");
        return json;
    }

    static String etag(Subscription s) {
        return "\"" + Long.toHexString(s.id().getLeastSignificantBits() ^ (31L * s.version() + s.quantity())) + "\"";
    }
}
