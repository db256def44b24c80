package org.seatkeeper.emulator.ion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.CloudProfileShape;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantProfile;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Ion customers: pageSize/pageToken paging, get, create (unique contact email), cloud profiles. */
final class IonCustomers {

    private final World world;

    IonCustomers(World world) {
        this.world = world;
    }

    HttpReply list(HttpCall call) {
        if (call.param("pageSize").isEmpty() && call.param("pageToken").isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "At least one of page_size and page_token must be present");
        }
        int pageSize = Math.max(1, Math.min(1000, call.intParam("pageSize").orElse(100)));
        int offset = call.param("pageToken").filter(t -> !t.isBlank()).map(IonCustomers::decode).orElse(0);
        String nameFilter = call.param("filter.customerName").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        String emailFilter = call.param("filter.customerEmail").orElse(null);
        return world.read(() -> {
            List<Tenant> tenants = world.tenants(Api.ION).stream()
                    .filter(t -> nameFilter == null || t.profile().companyName().toLowerCase(Locale.ROOT).contains(nameFilter))
                    .filter(t -> emailFilter == null || t.profile().email().equalsIgnoreCase(emailFilter)).toList();
            ObjectNode body = Json.object();
            var array = body.putArray("customers");
            int end = Math.min(tenants.size(), offset + pageSize);
            for (int i = offset; i < end; i++) {
                array.add(customer(tenants.get(i)));
            }
            body.put("nextPageToken", end < tenants.size() ? encode(end) : "");
            return HttpReply.ok(body);
        });
    }

    HttpReply get(String customerId) {
        return world.read(() -> HttpReply.ok(customer(require(world, customerId))));
    }

    static Tenant require(World world, String customerId) {
        Tenant tenant = world.tenant(Api.ION, customerId);
        if (tenant == null) {
            throw ApiException.notFound("resource 'accounts/" + world.ionAccountId() + "/customers/" + customerId + "' not found");
        }
        return tenant;
    }

    HttpReply create(HttpCall call) {
        JsonNode body = Json.read(call.body());
        String organization = Json.text(body, "customerOrganization");
        String email = Json.text(body, "customerEmail");
        JsonNode address = Json.field(body, "customerAddress");
        if (organization == null) {
            throw ApiException.badRequest("OrgNameNotPresent", "customerOrganization is required");
        }
        if (email == null) {
            throw ApiException.badRequest("INVALID_REQUEST", "customerEmail is required");
        }
        return world.write(() -> {
            boolean taken = world.tenants(Api.ION).stream().anyMatch(t -> t.profile().email().equalsIgnoreCase(email));
            if (taken) {
                throw new ApiException(412, "PrimaryContactEmailExists", "the primary contact email " + email + " already exists");
            }
            String slug = organization.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            String domain = slug + ".onmicrosoft.com";
            for (int n = 2; world.domainTaken(domain); n++) {
                domain = slug + n + ".onmicrosoft.com";
            }
            TenantProfile base = world.profile(organization, domain, Json.text(address, "country"));
            String[] names = String.valueOf(Json.text(body, "customerName")).split(" ", 2);
            TenantProfile profile = new TenantProfile(organization, domain, base.country(), orElse(Json.text(address, "street"), base.street()),
                    orElse(Json.text(address, "city"), base.city()), orElse(Json.text(address, "state"), base.state()),
                    orElse(Json.text(address, "zip"), base.postalCode()), names[0], names.length > 1 ? names[1] : "", email,
                    orElse(Json.text(body, "customerPhone"), base.phone()));
            Tenant tenant = world.addTenant(Api.ION, profile);
            ObjectNode json = customer(tenant);
            ObjectNode user = json.putObject("user");
            user.put("name", "accounts/" + world.ionAccountId() + "/users/" + (tenant.customerId() + "01"));
            user.put("userName", email).put("email", email).put("userStatus", "ACTIVE")
                    .put("password", "Ion!" + tenant.tenantId().toString().substring(0, 8))
                    .put("createTime", tenant.createdAt().toString()).put("updateTime", tenant.createdAt().toString());
            return HttpReply.ok(json);
        });
    }

    /**
     * The customer's cloud profiles, shaped by its id so every shape Ion sends occurs (see {@link #shape}): the
     * Microsoft profile alone, a Google profile before the Microsoft one, a Microsoft profile whose tenant is not linked
     * yet (empty tenant id and domain), or no profile at all.
     */
    HttpReply cloudProfiles(String customerId) {
        return world.read(() -> {
            Tenant tenant = require(world, customerId);
            ObjectNode body = Json.object();
            body.put("customerId", tenant.customerId()).put("customerOrganization", tenant.profile().companyName());
            ArrayNode profiles = body.putArray("customerCloudProfiles");
            CloudProfileShape shape = shape(tenant);
            if (shape == CloudProfileShape.GOOGLE_FIRST) {
                profiles.addObject().put("providerId", "41").put("displayName", "Google Workspace").put("shortName", "GOOGLE")
                        .put("enabled", true).put("customerTenantId", "C0" + Long.toHexString(tenant.tenantId().getMostSignificantBits()))
                        .put("customerDomain", tenant.profile().domain().replace(".onmicrosoft.com", ".com"))
                        .put("billingAccounts", "");
            }
            if (shape != CloudProfileShape.NONE) {
                boolean linked = shape != CloudProfileShape.UNLINKED;
                ObjectNode profile = profiles.addObject();
                profile.put("providerId", "30").put("displayName", "Microsoft").put("shortName", "MICROSOFT").put("enabled", true)
                        .put("customerTenantId", linked ? tenant.tenantId().toString() : "")
                        .put("customerDomain", linked ? tenant.profile().domain() : "")
                        .put("allowDelegatedAccess", linked).put("gdapStatus", linked ? "ACTIVE" : "").put("gdapLevel", "DEFAULT");
                profile.putArray("gdapRoles").add("Directory Readers").add("License Administrator");
                profile.put("agreementStatus", linked ? "ACCEPTED" : "PENDING");
            }
            return HttpReply.ok(body);
        });
    }

    /** As the control API set it; else one customer in ten each has a Google profile first, an unlinked one, or none. */
    static CloudProfileShape shape(Tenant tenant) {
        if (tenant.cloudProfiles() != null) {
            return tenant.cloudProfiles();
        }
        long n;
        try {
            n = Long.parseLong(tenant.customerId());
        } catch (NumberFormatException e) {
            return CloudProfileShape.MICROSOFT;
        }
        return switch ((int) (n % 10)) {
            case 3 -> CloudProfileShape.GOOGLE_FIRST;
            case 6 -> CloudProfileShape.UNLINKED;
            case 9 -> CloudProfileShape.NONE;
            default -> CloudProfileShape.MICROSOFT;
        };
    }

    ObjectNode customer(Tenant tenant) {
        TenantProfile p = tenant.profile();
        ObjectNode json = Json.object();
        json.put("name", "accounts/" + world.ionAccountId() + "/customers/" + tenant.customerId());
        json.put("uid", Ids.derived(tenant.tenantId(), 0x10L).toString());
        json.put("customerOrganization", p.companyName());
        json.putObject("customerAddress").put("street", p.street()).put("suite", "").put("city", p.city()).put("state", p.state())
                .put("zip", p.postalCode()).put("country", p.country());
        json.put("customerName", p.contactName()).put("customerEmail", p.email()).put("customerTitle", "IT Manager")
                .put("customerPhone", p.phone()).put("languageCode", p.language());
        json.put("createTime", tenant.createdAt().toString()).put("updateTime", tenant.createdAt().toString());
        json.put("customerStatus", "ACTIVE");
        return json;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o=" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).substring(2));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ApiException.badRequest("INVALID_REQUEST", "invalid page_token");
        }
    }
}
