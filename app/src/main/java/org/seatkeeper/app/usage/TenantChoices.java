package org.seatkeeper.app.usage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * What a customer can be linked to: the Microsoft tenants of its mapped provider accounts, and the partner tenants
 * (Partner Center providers) whose delegated access can read them. The suggested partner is the one the customer
 * buys from directly, else the first.
 */
final class TenantChoices {

    static final String PARTNER_CENTER = "PARTNER_CENTER";

    private final ProviderAccountRepository accounts;
    private final ProviderRepository providers;

    TenantChoices(ProviderAccountRepository accounts, ProviderRepository providers) {
        this.accounts = accounts;
        this.providers = providers;
    }

    /** Tenant id → "contoso.onmicrosoft.com (Partner Center, Pax8)", in the order the accounts come. */
    Map<String, String> tenants(long customerId) {
        Map<String, List<String>> byTenant = new LinkedHashMap<>();
        Map<String, String> domains = new LinkedHashMap<>();
        for (ProviderAccount a : accounts.byCustomer(customerId)) {
            if (a.tenantId() == null || a.tenantId().isBlank()) {
                continue;
            }
            String key = a.tenantId().toLowerCase(Locale.ROOT);
            byTenant.computeIfAbsent(key, k -> new ArrayList<>()).add(a.providerName());
            domains.putIfAbsent(key, a.domain() == null ? a.tenantId() : a.domain());
        }
        Map<String, String> out = new LinkedHashMap<>();
        byTenant.forEach((tenant, names) -> out.put(tenant, domains.get(tenant) + " (" + String.join(", ", names) + ")"));
        return out;
    }

    List<Provider> partners() {
        return providers.list().stream().filter(p -> PARTNER_CENTER.equals(p.kind())).toList();
    }

    /** The partner the customer buys this tenant from directly, else the first partner tenant. */
    Optional<Provider> suggestedPartner(long customerId, String tenantId) {
        List<Provider> partners = partners();
        for (ProviderAccount a : accounts.byCustomer(customerId)) {
            if (tenantId != null && tenantId.equalsIgnoreCase(a.tenantId())) {
                Optional<Provider> direct = partners.stream().filter(p -> p.id() == a.providerId()).findFirst();
                if (direct.isPresent()) {
                    return direct;
                }
            }
        }
        return partners.stream().findFirst();
    }
}
