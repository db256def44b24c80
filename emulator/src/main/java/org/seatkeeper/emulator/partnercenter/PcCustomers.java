package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantProfile;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@code /v1/customers}: continuation-token paging, starts_with filter, get by id, idempotent create. */
final class PcCustomers {

    private static final int DEFAULT_SIZE = 200;
    private static final int MAX_SIZE = 500;

    private final World world;
    private final PartnerCenterState state;

    PcCustomers(World world, PartnerCenterState state) {
        this.world = world;
        this.state = state;
    }

    HttpReply list(HttpCall call) {
        if (call.param("filter").isPresent()) {
            return filtered(call.param("filter").get());
        }
        int size = call.intParam("size").orElse(DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            size = size < 1 ? DEFAULT_SIZE : MAX_SIZE;
        }
        int offset = 0;
        if (call.param("seekOperation").filter("Next"::equalsIgnoreCase).isPresent()) {
            String token = call.header("MS-ContinuationToken").orElseThrow(() ->
                    ApiException.badRequest("600033", "The MS-ContinuationToken header is required to seek the next page."));
            offset = decodeOffset(token);
        }
        int start = offset;
        int pageSize = size;
        return world.read(() -> {
            List<Tenant> tenants = world.tenants(Api.PARTNER_CENTER);
            List<ObjectNode> items = new ArrayList<>();
            int end = Math.min(tenants.size(), start + pageSize);
            for (int i = start; i < end; i++) {
                items.add(PcJson.customer(tenants.get(i), false));
            }
            ObjectNode envelope = PcJson.collection(items, PcJson.BASE + "customers?size=" + pageSize);
            if (end < tenants.size()) {
                ObjectNode next = PcJson.link(PcJson.BASE + "customers?size=" + pageSize + "&seekOperation=Next");
                next.withArray("headers").addObject().put("key", "MS-ContinuationToken").put("value", encodeOffset(end));
                ((ObjectNode) envelope.get("links")).set("next", next);
            }
            return HttpReply.ok(envelope);
        });
    }

    private HttpReply filtered(String filterJson) {
        JsonNode filter = Json.read(filterJson);
        String field = Json.text(filter, "Field");
        String value = Json.text(filter, "Value");
        String operator = Json.text(filter, "Operator");
        if (field == null || value == null || !"starts_with".equalsIgnoreCase(operator)) {
            throw ApiException.badRequest("400", "Filter needs Field, Value and Operator starts_with.");
        }
        if (!field.equalsIgnoreCase("CompanyName") && !field.equalsIgnoreCase("Domain")) {
            throw ApiException.badRequest("400", "Unsupported filter field: " + field);
        }
        String prefix = value.toLowerCase(Locale.ROOT);
        boolean byName = field.equalsIgnoreCase("CompanyName");
        return world.read(() -> {
            List<ObjectNode> items = new ArrayList<>();
            for (Tenant tenant : world.tenants(Api.PARTNER_CENTER)) {
                String subject = byName ? tenant.profile().companyName() : tenant.profile().domain();
                if (subject.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    items.add(PcJson.customer(tenant, false));
                }
            }
            return HttpReply.ok(PcJson.collection(items, PcJson.BASE + "customers?size=0"));
        });
    }

    HttpReply get(String customerId) {
        return world.read(() -> HttpReply.ok(PcJson.customer(require(world, customerId), true)));
    }

    static Tenant require(World world, String customerId) {
        Tenant tenant = world.tenant(Api.PARTNER_CENTER, customerId);
        if (tenant == null) {
            throw new ApiException(404, "600008", "The customer " + customerId + " was not found.");
        }
        return tenant;
    }

    /** Idempotent by MS-RequestId: a replay returns the customer created the first time. */
    HttpReply create(HttpCall call) {
        JsonNode body = Json.read(call.body());
        JsonNode billing = Json.field(body, "billingProfile");
        JsonNode address = Json.field(billing, "defaultAddress");
        String domain = Json.text(Json.field(body, "companyProfile"), "domain");
        String company = Json.text(billing, "companyName");
        if (domain == null || company == null || Json.text(billing, "email") == null || Json.text(address, "country") == null) {
            throw ApiException.badRequest("2000", "companyProfile.domain, billingProfile.companyName, email and defaultAddress.country are required.");
        }
        String fullDomain = (domain.contains(".") ? domain : domain + ".onmicrosoft.com").toLowerCase(Locale.ROOT);
        String requestId = call.header("MS-RequestId").orElse(UUID.randomUUID().toString());
        return world.write(() -> {
            String existing = state.customerForRequest(requestId);
            if (existing != null && world.tenant(Api.PARTNER_CENTER, existing) != null) {
                return created(world.tenant(Api.PARTNER_CENTER, existing));
            }
            if (world.domainTaken(fullDomain)) {
                throw new ApiException(409, "1002", "The domain " + fullDomain + " is already in use.");
            }
            TenantProfile base = world.profile(company, fullDomain, Json.text(address, "country"));
            TenantProfile profile = new TenantProfile(company, fullDomain, base.country(),
                    orElse(Json.text(address, "addressLine1"), base.street()), orElse(Json.text(address, "city"), base.city()),
                    orElse(Json.text(address, "state"), base.state()), orElse(Json.text(address, "postalCode"), base.postalCode()),
                    orElse(Json.text(address, "firstName"), base.contactFirstName()),
                    orElse(Json.text(address, "lastName"), base.contactLastName()), Json.text(billing, "email"),
                    orElse(Json.text(address, "phoneNumber"), base.phone()));
            Tenant tenant = world.addTenant(Api.PARTNER_CENTER, profile);
            state.rememberRequest(requestId, tenant.customerId(), "Pw!" + tenant.tenantId().toString().substring(0, 8));
            return created(tenant);
        });
    }

    private HttpReply created(Tenant tenant) {
        ObjectNode json = PcJson.customer(tenant, true);
        json.putObject("userCredentials").put("userName", "admin").put("password", state.password(tenant.customerId()));
        return HttpReply.json(201, json);
    }

    HttpReply relationshipRequest(String partnerTenantId) {
        ObjectNode json = Json.object();
        json.put("url", "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
                + partnerTenantId + "&msppId=0&DAP=false#/BillingAccounts/partner-invitation");
        json.putObject("attributes").put("objectType", "RelationshipRequest");
        return HttpReply.ok(json);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    static String encodeOffset(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("customers:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decodeOffset(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return Integer.parseInt(text.substring(text.indexOf(':') + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ApiException.badRequest("600034", "The continuation token is not valid.");
        }
    }

    boolean domainTaken(String domain) {
        String full = (domain.contains(".") ? domain : domain + ".onmicrosoft.com").toLowerCase(Locale.ROOT);
        return world.domainTaken(full);
    }
}
