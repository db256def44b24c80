package org.seatkeeper.emulator.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.LicenceUnits;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.TenantUsers;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** subscribedSkus and users of one tenant, derived from its subscriptions (assigned seats = consumed units). */
final class GraphLicences {

    HttpReply subscribedSkus(Tenant tenant) {
        ArrayNode value = Json.array();
        LicenceUnits.of(tenant).forEach((product, u) -> {
            ObjectNode sku = value.addObject();
            sku.put("accountId", tenant.tenantId().toString()).put("accountName", tenant.profile().companyName())
                    .put("appliesTo", "User");
            sku.put("capabilityStatus", u.capabilityStatus());
            sku.put("consumedUnits", u.assigned());
            sku.put("id", tenant.tenantId() + "_" + product.graphSkuId());
            sku.putObject("prepaidUnits").put("enabled", u.enabled()).put("lockedOut", 0).put("suspended", u.suspended())
                    .put("warning", u.warning());
            sku.putArray("servicePlans").addObject().put("servicePlanId", Ids.derived(java.util.UUID.fromString(product.graphSkuId()), 7L).toString())
                    .put("servicePlanName", product.skuPartNumber() + "_PLAN").put("provisioningStatus", "Success").put("appliesTo", "User");
            sku.put("skuId", product.graphSkuId()).put("skuPartNumber", product.skuPartNumber());
            ArrayNode ids = sku.putArray("subscriptionIds");
            tenant.subscriptions().stream().filter(s -> s.offer().product() == product).forEach(s -> ids.add(s.id().toString()));
        });
        ObjectNode body = Json.object();
        body.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#subscribedSkus");
        body.set("value", value);
        return HttpReply.ok(body);
    }

    HttpReply users(HttpCall call, Tenant tenant) {
        int top = call.intParam("$top").orElse(100);
        if (top < 1 || top > 999) {
            throw new ApiException(400, "Request_UnsupportedQuery", "Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.");
        }
        int skip = call.param("$skiptoken").map(GraphLicences::decodeSkip).orElse(0);
        Set<String> select = call.param("$select").map(s -> Arrays.stream(s.split(",")).map(String::trim).collect(Collectors.toSet())).orElse(Set.of());
        TenantUsers users = new TenantUsers(tenant, LicenceUnits.of(tenant));
        ArrayNode value = Json.array();
        int end = Math.min(users.count(), skip + top);
        for (int i = skip; i < end; i++) {
            ObjectNode user = users.user(i);
            if (!select.isEmpty()) {
                user.retain(new ArrayList<>(select));
            }
            value.add(user);
        }
        ObjectNode body = Json.object();
        body.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#users");
        if (end < users.count()) {
            String next = call.origin() + GraphEndpoint.BASE + "users?" + (select.isEmpty() ? "" : "$select="
                    + URLEncoder.encode(String.join(",", select), StandardCharsets.UTF_8) + "&") + "$top=" + top + "&$skiptoken=" + encodeSkip(end);
            body.put("@odata.nextLink", next);
        }
        body.set("value", value);
        return HttpReply.ok(body);
    }

    private static String encodeSkip(int skip) {
        return "X%27" + Integer.toHexString(skip * 7919 + 13) + "%27";
    }

    private static int decodeSkip(String token) {
        String hex = token.replace("X'", "").replace("'", "").replace("X%27", "").replace("%27", "");
        try {
            return (Integer.parseInt(hex, 16) - 13) / 7919;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "Directory_ExpiredPageToken", "The specified page token value has expired.");
        }
    }

    static List<String> keys() {
        return List.of("id", "userPrincipalName", "displayName", "accountEnabled", "assignedLicenses");
    }
}
