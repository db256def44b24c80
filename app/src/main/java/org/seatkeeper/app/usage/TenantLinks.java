package org.seatkeeper.app.usage;

import java.time.Clock;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.usage.CustomerTenant;
import org.seatkeeper.db.usage.CustomerTenantRepository;

/**
 * Links a customer to its Microsoft 365 tenant and the partner tenant that reads it, in one transaction with its
 * audit entry. Refuses, with a message by the field, a tenant that is not one of the customer's mapped accounts', one
 * already linked to another customer, and a partner that is not a Partner Center provider.
 */
final class TenantLinks {

    private final CustomerTenantRepository tenants;
    private final TenantChoices choices;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    TenantLinks(CustomerTenantRepository tenants, TenantChoices choices, AuditLog audit, Transactions transactions, Clock clock) {
        this.tenants = tenants;
        this.choices = choices;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return true when it saved; false when the form now holds a message by each wrong field */
    boolean link(String actor, long customerId, FormModel form) {
        return transactions.inTransaction(() -> {
            String tenantId = form.value("tenantId").toLowerCase(java.util.Locale.ROOT);
            if (!choices.tenants(customerId).containsKey(tenantId)) {
                form.error("tenantId", "Choose one of this customer's tenants: map its provider account first if it is not listed.");
            } else {
                tenants.customerOfTenant(tenantId).filter(other -> other != customerId).ifPresent(other ->
                        form.error("tenantId", "This tenant is linked to another customer (#" + other + ")."));
            }
            Provider partner = partner(form);
            if (form.hasErrors()) {
                return false;
            }
            CustomerTenant before = tenants.find(customerId).orElse(null);
            if (before == null) {
                tenants.link(customerId, tenantId, partner.id(), actor, clock.instant());
            } else {
                tenants.relink(customerId, tenantId, partner.id(), actor, clock.instant(), form.version());
            }
            audit.record(actor, before == null ? AuditAction.LINK : AuditAction.RELINK, AuditEntity.CUSTOMER_TENANT, customerId,
                    "Customer #" + customerId + " linked to tenant " + tenantId + ", read through " + partner.name(),
                    before == null ? null : AuditState.of("tenantId", before.tenantId(),
                            "accessProviderId", before.accessProviderId()),
                    AuditState.of("tenantId", tenantId, "accessProviderId", partner.id()));
            return true;
        });
    }

    private Provider partner(FormModel form) {
        long id;
        try {
            id = Long.parseLong(form.value("accessProviderId"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        long wanted = id;
        Provider partner = choices.partners().stream().filter(p -> p.id() == wanted).findFirst().orElse(null);
        if (partner == null) {
            form.error("accessProviderId", choices.partners().isEmpty()
                    ? "Add a Partner Center provider first: its delegated admin access reads the tenant."
                    : "Choose the partner tenant whose delegated admin access reaches this customer.");
        }
        return partner;
    }
}
