package org.seatkeeper.emulator.pax8;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.data.DateShapes;
import org.seatkeeper.emulator.data.BillingCycle;
import org.seatkeeper.emulator.data.Price;
import org.seatkeeper.emulator.data.StatusVocabulary;
import org.seatkeeper.emulator.data.Unreadables;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantProfile;
import org.seatkeeper.emulator.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Pax8 resource JSON. The Microsoft tenant id and domain are in a Microsoft subscription's provisioningDetails. */
final class Pax8Json {

    private Pax8Json() {
    }

    static ObjectNode company(Tenant tenant) {
        TenantProfile p = tenant.profile();
        ObjectNode json = Json.object();
        json.put("id", tenant.customerId()).put("name", p.companyName());
        json.putObject("address").put("street", p.street()).put("street2", "").put("city", p.city())
                .put("stateOrProvince", p.state()).put("postalCode", p.postalCode()).put("country", p.country());
        json.put("phone", p.phone()).put("website", "www." + p.domain().replace(".onmicrosoft.com", ".com"));
        json.put("externalId", "").put("billOnBehalfOfEnabled", false).put("selfServiceAllowed", false)
                .put("orderApprovalRequired", false).put("status", "Active").put("updatedDate", tenant.createdAt().toString());
        ObjectNode contact = json.putArray("contacts").addObject();
        contact.put("id", Ids.derived(tenant.tenantId(), 0xC7L).toString()).put("firstName", p.contactFirstName())
                .put("lastName", p.contactLastName()).put("email", p.email()).put("phone", p.phone())
                .put("createdDate", tenant.createdAt().toString());
        contact.putArray("types").addObject().put("type", "Admin").put("primary", true);
        return json;
    }

    static String productId(Product product) {
        return UUID.nameUUIDFromBytes(("pax8:" + product.code()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static ObjectNode product(Product product) {
        ObjectNode json = Json.object();
        json.put("id", productId(product)).put("name", product.name()).put("vendorName", "Microsoft")
                .put("shortDescription", product.name() + " (NCE)").put("sku", "MST-" + product.code())
                .put("vendorSku", product.productId() + ":" + product.skuId()).put("altVendorSku", product.skuPartNumber())
                .put("requiresCommitment", product.licenseBased());
        return json;
    }

    /**
     * Whether the company's subscriptions show the tenant in their provisioning details. Pax8's specification marks
     * them write-only; unless the control API says otherwise, one company in eight answers without them, so the
     * tenant is not known from Pax8.
     */
    static boolean hasProvisioningDetails(Tenant tenant) {
        if (tenant.provisioningDetails() != null) {
            return tenant.provisioningDetails();
        }
        return Math.floorMod(tenant.tenantId().getLeastSignificantBits(), 8L) != 3;
    }

    static ObjectNode pricing(Product product, Offer.Term term, BillingCycle cycle, Price price) {
        ObjectNode json = Json.object();
        json.put("productId", productId(product)).put("productName", product.name()).put("billingTerm", cycle.pax8Name())
                .put("commitmentTerm", commitment(term)).put("commitmentTermInMonths", term.months()).put("type", "Flat")
                .put("unitOfMeasurement", "User");
        json.putArray("rates").addObject().put("partnerBuyRate", price.cost()).put("suggestedRetailPrice", price.listPrice())
                .put("startQuantityRange", 1).putNull("endQuantityRange").put("chargeType", "Per Unit");
        return json;
    }

    static String status(Subscription s) {
        if (s.unreadable() == Unreadable.STATUS) {
            return Unreadables.STATUS;
        }
        return s.statusText() != null ? s.statusText() : StatusVocabulary.spelling(Api.PAX8, s.status());
    }

    /** Pax8's commitment term: {@code Monthly}, {@code 1-Year}, {@code 3-Year}. */
    static String commitment(Offer.Term term) {
        return switch (term) {
            case P1M -> "Monthly";
            case P1Y -> "1-Year";
            case P3Y -> "3-Year";
        };
    }

    static ObjectNode subscription(Subscription s, Price price, DateStyle dates) {
        Offer offer = s.offer();
        Tenant tenant = s.tenant();
        ObjectNode json = Json.object();
        json.put("id", s.pax8Id().toString());
        json.put("companyId", tenant.customerId());
        json.put("productId", productId(offer.product()));
        json.put("productName", s.unreadable() == Unreadable.NAME ? Unreadables.longName(offer.product().name())
                : offer.product().name());
        json.put("vendorSubscriptionId", s.id().toString());
        json.put("vendorSkuId", offer.offerId());
        if (s.unreadable() == Unreadable.QUANTITY) {
            json.put("quantity", Unreadables.QUANTITY);
        } else {
            json.put("quantity", s.quantity());
        }
        json.put("startDate", s.unreadable() == Unreadable.DATE ? Unreadables.DATE : DateShapes.pax8Instant(s.at(s.termStart()), dates));
        json.put("endDate", DateShapes.pax8Instant(s.at(s.commitmentEnd()), dates));
        json.put("createdDate", DateShapes.pax8Stamp(s.purchasedAt(), dates));
        json.put("updatedDate", DateShapes.pax8Stamp(s.updatedAt(), dates));
        json.put("billingStart", s.purchasedAt().toString().substring(0, 10));
        json.put("billingTerm", s.billingCycle().pax8Name());
        json.put("price", price.listPrice());
        if (s.priceOverride() != null || s.line() % 3 != 0) {
            json.put("partnerCost", price.cost());
        } // else, as in Pax8's own examples, the partner cost is left to the product's pricing

        json.put("currencyCode", price.currency());
        if (hasProvisioningDetails(tenant)) {
            ArrayNode details = json.putArray("provisioningDetails");
            details.add(detail("Microsoft Tenant ID", "tenantId", tenant.tenantId().toString()));
            details.add(detail("Domain", "domain", tenant.profile().domain()));
        }
        json.putObject("commitmentTerm").put("id", Ids.derived(s.id(), 0x7E7L).toString())
                .put("term", commitment(offer.term())).put("endDate", s.commitmentEnd().toString());
        json.put("status", status(s));
        return json;
    }

    private static ObjectNode detail(String label, String key, String value) {
        ObjectNode json = Json.object();
        json.put("label", label).put("key", key);
        json.putArray("values").add(value);
        json.put("description", label + " of the Microsoft customer tenant").put("valueType", "Input");
        json.putArray("possibleValues");
        return json;
    }
}
