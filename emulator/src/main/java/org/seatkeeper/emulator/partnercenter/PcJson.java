package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantProfile;
import org.seatkeeper.emulator.http.Json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.data.DateShapes;
import org.seatkeeper.emulator.data.StatusVocabulary;
import org.seatkeeper.emulator.data.SubscriptionStatus;
import org.seatkeeper.emulator.data.Unreadables;

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

    static ObjectNode subscription(Subscription s, LocalDate today, DateStyle dates) {
        return (ObjectNode) Json.written(g -> writeSubscription(g, s, today, dates));
    }

    /**
     * A customer's subscriptions as one collection, written straight to text: a subscription sync asks for every
     * customer's list, and building each answer as a tree first cost the emulator (Microsoft's side) more than writing.
     */
    static String subscriptionCollection(List<Subscription> subscriptions, LocalDate today, String selfUri, DateStyle dates) {
        return Json.text(g -> {
            g.writeStartObject();
            g.writeNumberField("totalCount", subscriptions.size());
            g.writeArrayFieldStart("items");
            for (Subscription s : subscriptions) {
                writeSubscription(g, s, today, dates);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("links");
            writeLink(g, "self", selfUri);
            g.writeEndObject();
            g.writeObjectFieldStart("attributes");
            g.writeStringField("objectType", "Collection");
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeSubscription(JsonGenerator g, Subscription s, LocalDate today, DateStyle dates) throws IOException {
        String id = s.id().toString();
        var offer = s.offer();
        var product = offer.product();
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("offerId", offer.offerId());
        String name = s.unreadable() == Unreadable.NAME ? Unreadables.longName(product.name()) : product.name();
        g.writeStringField("offerName", name);
        g.writeStringField("friendlyName", name);
        g.writeObjectFieldStart("productType");
        g.writeStringField("id", "OnlineServicesNCE");
        g.writeStringField("displayName", "OnlineServicesNCE");
        g.writeEndObject();
        if (s.unreadable() == Unreadable.QUANTITY) {
            g.writeStringField("quantity", Unreadables.QUANTITY);
        } else {
            g.writeNumberField("quantity", s.quantity());
        }
        g.writeStringField("unitType", product.usageBased() ? "Usage-based" : "Licenses");
        g.writeBooleanField("hasPurchasableAddons", false);
        g.writeStringField("creationDate", DateShapes.instant(s.purchasedAt(), dates));
        g.writeStringField("effectiveStartDate", s.unreadable() == Unreadable.DATE ? Unreadables.DATE : DateShapes.instant(s.at(s.termStart()), dates));
        g.writeStringField("commitmentEndDate", DateShapes.instant(s.commitmentEnd().atStartOfDay().toInstant(ZoneOffset.UTC), dates));
        g.writeStringField("commitmentEndDateTime", DateShapes.instant(s.at(s.commitmentEnd()), dates));
        g.writeBooleanField("autoRenewEnabled", s.autoRenew());
        g.writeStringField("status", status(s));
        g.writeBooleanField("isTrial", false);
        g.writeStringField("billingType", product.usageBased() ? "usage" : "license");
        g.writeStringField("billingCycle", s.billingCycle().lowerName());
        g.writeStringField("termDuration", offer.term().name());
        g.writeStringField("renewalTermDuration", offer.term().name());
        g.writeBooleanField("isMicrosoftProduct", true);
        g.writeStringField("partnerId", "");
        g.writeBooleanField("attentionNeeded", false);
        g.writeBooleanField("actionTaken", false);
        g.writeStringField("contractType", "subscription");
        g.writeStringField("publisherName", "Microsoft Corporation");
        g.writeStringField("orderId", id.replace("-", "").substring(0, 16));
        g.writeStringField("cancellationAllowedUntilDate", DateShapes.instant(s.at(s.cancellationAllowedUntil()), dates));
        g.writeObjectFieldStart("refundableQuantity");
        boolean refundable = s.status().isActive() && s.inCancellationWindow(today);
        g.writeNumberField("totalQuantity", refundable ? s.quantity() : 0);
        g.writeArrayFieldStart("details");
        if (refundable) {
            g.writeStartObject();
            if (s.unreadable() == Unreadable.QUANTITY) {
            g.writeStringField("quantity", Unreadables.QUANTITY);
        } else {
            g.writeNumberField("quantity", s.quantity());
        }
            g.writeStringField("allowedUntilDateTime", DateShapes.instant(s.at(s.cancellationAllowedUntil()), dates));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("suspensionReasons");
        if (s.status() == SubscriptionStatus.SUSPENDED) {
            g.writeString("CustomerCancellation");
        }
        g.writeEndArray();
        String productUri = BASE + "products/" + product.productId();
        g.writeObjectFieldStart("links");
        writeLink(g, "self", BASE + "customers/" + s.tenant().customerId() + "/subscriptions/" + id);
        writeLink(g, "product", productUri + "?country=" + s.tenant().profile().country());
        writeLink(g, "sku", productUri + "/skus/" + product.skuId());
        writeLink(g, "availability", productUri + "/skus/" + product.skuId() + "/availabilities/" + offer.availabilityId());
        g.writeEndObject();
        g.writeObjectFieldStart("attributes");
        g.writeStringField("etag", etag(s));
        g.writeStringField("objectType", "Subscription");
        g.writeEndObject();
        g.writeEndObject();
    }

    static String status(Subscription s) {
        if (s.unreadable() == Unreadable.STATUS) {
            return Unreadables.STATUS;
        }
        return s.statusText() != null ? s.statusText() : StatusVocabulary.spelling(Api.PARTNER_CENTER, s.status());
    }

    private static void writeLink(JsonGenerator g, String name, String uri) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("uri", uri);
        g.writeStringField("method", "GET");
        g.writeArrayFieldStart("headers");
        g.writeEndArray();
        g.writeEndObject();
    }

    static String etag(Subscription s) {
        return "\"" + Long.toHexString(s.id().getLeastSignificantBits() ^ (31L * s.version() + s.quantity())) + "\"";
    }
}
