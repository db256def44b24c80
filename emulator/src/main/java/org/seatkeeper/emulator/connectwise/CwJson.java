package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantProfile;
import org.seatkeeper.emulator.http.Json;

import java.time.LocalDate;

/** ConnectWise Manage resource JSON. */
final class CwJson {

    private CwJson() {
    }

    /**
     * @param renamed   the PSA knows the company by another name (its website still gives the tenant's domain)
     * @param noWebsite no website: only the name tells which tenant it is
     */
    static ObjectNode company(int id, Tenant tenant, boolean renamed, boolean noWebsite) {
        TenantProfile p = tenant.profile();
        String name = renamed ? p.companyName() + " (HQ)" : p.companyName();
        ObjectNode json = Json.object();
        json.put("id", id).put("identifier", CwBook.identifier(name)).put("name", name);
        json.putObject("status").put("id", 1).put("name", "Active");
        json.put("addressLine1", p.street()).put("city", p.city()).put("state", p.state()).put("zip", p.postalCode());
        json.putObject("country").put("id", p.country().hashCode() % 1000).put("name", p.country());
        json.put("phoneNumber", p.phone());
        if (!noWebsite) {
            json.put("website", "www." + p.domain().replace(".onmicrosoft.com", ".com"));
        }
        json.putObject("defaultContact").put("id", id * 10).put("name", p.contactName());
        json.putArray("types").addObject().put("id", 1).put("name", "Client");
        json.putObject("_info").put("lastUpdated", "2026-01-15T09:30:00Z").put("updatedBy", "jsmith");
        return json;
    }

    /** A company of the PSA that is nobody's tenant (the MSP itself, a catch-all). */
    static ObjectNode internalCompany(int id, String name) {
        ObjectNode json = Json.object();
        json.put("id", id).put("identifier", CwBook.identifier(name)).put("name", name);
        json.putObject("status").put("id", 1).put("name", "Active");
        json.putObject("defaultContact").put("id", id * 10).put("name", "Front Desk");
        json.putArray("types").addObject().put("id", 2).put("name", "Internal");
        json.putObject("_info").put("lastUpdated", "2026-01-15T09:30:00Z").put("updatedBy", "jsmith");
        return json;
    }

    /** @param profile the tenant's primary contact, or null for a company that is nobody's tenant */
    static ObjectNode contact(int id, ObjectNode company, TenantProfile profile) {
        ObjectNode json = Json.object();
        json.put("id", id).put("firstName", profile == null ? "Front" : profile.contactFirstName())
                .put("lastName", profile == null ? "Desk" : profile.contactLastName());
        json.set("company", reference(company));
        json.put("inactiveFlag", false);
        ObjectNode email = json.putArray("communicationItems").addObject();
        email.putObject("type").put("id", 1).put("name", "Email");
        email.put("value", profile == null ? "frontdesk@example.com" : profile.email()).put("defaultFlag", true)
                .put("communicationType", "Email");
        return json;
    }

    static ObjectNode reference(ObjectNode company) {
        ObjectNode json = Json.object();
        json.put("id", company.get("id").asInt()).put("identifier", company.get("identifier").asText())
                .put("name", company.get("name").asText());
        return json;
    }

    static ObjectNode agreementType(int id, String name) {
        ObjectNode json = Json.object();
        json.put("id", id).put("name", name).put("defaultFlag", id == 1).put("inactiveFlag", false)
                .put("prorateFlag", !name.equals("Block Time")).put("invoiceProratedAdditionsFlag", true)
                .put("billingCycle", "Monthly");
        json.putObject("_info").put("lastUpdated", "2025-06-01T08:00:00Z").put("updatedBy", "jsmith");
        return json;
    }

    static ObjectNode agreement(int id, ObjectNode company, String name, ObjectNode type, String status, LocalDate start,
                                String currency, boolean prorate) {
        ObjectNode json = Json.object();
        json.put("id", id).put("name", name);
        json.putObject("type").put("id", type.get("id").asInt()).put("name", type.get("name").asText());
        json.set("company", reference(company));
        json.set("contact", company.get("defaultContact").deepCopy());
        json.put("agreementStatus", status).put("startDate", start + "T00:00:00Z").put("noEndingDateFlag", status.equals("Active"));
        if (!status.equals("Active")) {
            json.put("endDate", start.plusYears(2) + "T00:00:00Z");
        }
        json.put("cancelledFlag", status.equals("Cancelled"));
        json.putObject("billingCycle").put("id", 2).put("name", "Monthly");
        json.put("billAmount", 0).put("taxable", true).put("prorateFlag", prorate).put("invoiceProratedAdditionsFlag", prorate)
                .put("prorateFirstBill", prorate).put("periodType", "Current");
        json.set("billToCompany", json.get("company").deepCopy());
        json.putObject("currency").put("id", currency.hashCode() % 100).put("currencyCode", currency);
        json.putObject("_info").put("lastUpdated", "2026-01-15T09:30:00Z").put("updatedBy", "jsmith");
        return json;
    }

    static ObjectNode catalogItem(int id, Offer offer) {
        ObjectNode json = Json.object();
        json.put("id", id).put("identifier", offer.catalogIdentifier())
                .put("description", offer.product().name() + " (" + offer.term().title() + ")").put("inactiveFlag", false);
        json.putObject("subcategory").put("id", 40).put("name", "Microsoft 365");
        json.putObject("type").put("id", 7).put("name", "License");
        json.putObject("unitOfMeasure").put("id", 1).put("name", "Each");
        json.put("price", offer.unitPrice("USD")).put("cost", offer.unitCost("USD"))
                .put("manufacturerPartNumber", offer.product().productId() + ":" + offer.product().skuId())
                .put("vendorSku", offer.offerId());
        return json;
    }

    static ObjectNode addition(int id, ObjectNode agreement, ObjectNode product, int quantity, String effectiveDate,
                               String cancelledDate, String description) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.putObject("product").put("id", product.get("id").asInt()).put("identifier", product.get("identifier").asText());
        json.put("billCustomer", "Billable").put("quantity", quantity).put("lessIncluded", 0)
                .put("unitPrice", product.get("price").asDouble()).put("unitCost", product.get("cost").asDouble())
                .put("effectiveDate", effectiveDate);
        if (cancelledDate != null) {
            json.put("cancelledDate", cancelledDate);
        }
        json.put("description", description).put("invoiceDescription", description).put("taxableFlag", true)
                .put("purchaseItemFlag", false).put("specialOrderFlag", false).put("prorateCurrentPeriodFlag", true)
                .put("agreementId", agreement.get("id").asInt()).put("agreementStatus", agreement.get("agreementStatus").asText());
        json.putObject("uom").put("id", 1).put("name", "Each");
        return json;
    }

    /** The read-only computed fields follow quantity, lessIncluded and prices. */
    static void recompute(ObjectNode addition, String updatedBy, java.time.Instant when) {
        double billed = addition.path("quantity").asDouble() - addition.path("lessIncluded").asDouble();
        double price = addition.path("unitPrice").asDouble();
        double cost = addition.path("unitCost").asDouble();
        addition.put("billedQuantity", billed).put("extPrice", round(billed * price)).put("extCost", round(billed * cost))
                .put("margin", round(billed * (price - cost)));
        addition.putObject("_info").put("lastUpdated", when.toString()).put("updatedBy", updatedBy);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
