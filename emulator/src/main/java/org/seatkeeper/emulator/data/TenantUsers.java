package org.seatkeeper.emulator.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.http.Json;

import java.util.Locale;
import java.util.Map;

/**
 * The users of a tenant, computed rather than stored: user n holds the licence of a product when n is below that
 * product's consumed units, so Graph's consumedUnits always equals the users holding the sku.
 */
public final class TenantUsers {

    private final Tenant tenant;
    private final Map<Product, LicenceUnits.Units> units;
    private final int count;

    public TenantUsers(Tenant tenant, Map<Product, LicenceUnits.Units> units) {
        this.tenant = tenant;
        this.units = units;
        this.count = units.values().stream().mapToInt(LicenceUnits.Units::assigned).max().orElse(0) + tenant.unlicensedUsers() + 1;
    }

    public int count() {
        return count;
    }

    public ObjectNode user(int n) {
        ObjectNode user = Json.object();
        String first = NameGenerator.userFirstName(n);
        String last = NameGenerator.userLastName(n);
        user.put("id", Ids.derived(tenant.tenantId(), 0x05E5L, n).toString());
        user.put("displayName", n == 0 ? "Admin" : first + " " + last);
        user.put("givenName", n == 0 ? "Admin" : first);
        user.put("surname", n == 0 ? "" : last);
        String mailbox = n == 0 ? "admin" : (first + "." + last + (n >= 30 ? Integer.toString(n) : "")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
        user.put("userPrincipalName", mailbox + "@" + tenant.profile().domain());
        user.put("mail", mailbox + "@" + tenant.profile().domain());
        user.put("accountEnabled", true);
        ArrayNode licences = user.putArray("assignedLicenses");
        units.forEach((product, u) -> {
            if (n < u.assigned()) {
                licences.addObject().put("skuId", product.graphSkuId()).putArray("disabledPlans");
            }
        });
        return user;
    }
}
