package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.providers.connector.CreatedTenant;
import org.seatkeeper.providers.connector.NewTenantRequest;

/**
 * Creates the customer's tenant at the provider, safely against retries and later failures:
 * <ol>
 *   <li>the idempotency request id is stored and committed before the call (a retry reuses it, so the provider returns
 *       the same tenant instead of creating a second one);</li>
 *   <li>the tenant's ids and admin credentials (password encrypted, purpose {@value #PASSWORD_PURPOSE}) are committed
 *       in their own transaction right after the call, before anything else can fail.</li>
 * </ol>
 * Provider failures propagate as the connector's typed exceptions; nothing is written for a refused create.
 */
final class TenantProvisioning {

    static final String PASSWORD_PURPOSE = "tenant.admin";

    private final ConnectorSource connectors;
    private final OnboardingRepository onboardings;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    TenantProvisioning(ConnectorSource connectors, OnboardingRepository onboardings, SecretBox secrets, AuditLog audit,
                       Transactions transactions, Clock clock) {
        this.connectors = connectors;
        this.onboardings = onboardings;
        this.secrets = secrets;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates the tenant unless the onboarding already has it; returns the onboarding as stored afterwards. */
    Onboarding createTenant(String username, Onboarding onboarding, Provider provider, TenantForm tenant,
                            ContactLine contact) {
        if (onboarding.tenantCreated()) {
            return onboarding;
        }
        String requestId = transactions.inTransaction(() -> onboardings.reserveTenantRequest(onboarding.id(),
                UUID.randomUUID().toString(), tenant.domain(), clock.instant()));
        NewTenantRequest request = new NewTenantRequest(tenant.companyName(), tenant.domainPrefix(), tenant.address(),
                contact.firstName(), contact.lastName(), contact.email(), contact.phone(),
                "en-" + tenant.address().country(), "en", tenant.registrationNumber());
        CreatedTenant created = connectors.connector(provider).tenantCreation()
                .orElseThrow(() -> new NotOfferedByProvider(provider.name(), "creating tenants"))
                .createTenant(request, requestId);
        String ciphertext = created.adminPassword() == null ? null
                : secrets.encrypt(created.adminPassword(), PASSWORD_PURPOSE);
        transactions.run(() -> {
            Instant now = clock.instant();
            onboardings.recordTenant(onboarding.id(), created.externalId(), created.tenantId(),
                    created.domain() == null ? tenant.domain() : created.domain(), created.adminUserName(), ciphertext,
                    now);
            audit.record(username, AuditAction.CREATE_TENANT, AuditEntity.ONBOARDING, onboarding.id(), "Tenant " + created.domain()
                    + " created at " + provider.name() + " for " + onboarding.customerName()
                    + (created.adminUserName() == null ? "" : "; admin " + created.adminUserName() + " stored encrypted"),
                    null, AuditState.of("externalId", created.externalId(), "tenantId", created.tenantId(),
                            "requestId", requestId));
        });
        return onboardings.find(onboarding.id()).orElseThrow();
    }

    /** The contact the tenant is registered with and who signed the agreement. */
    record ContactLine(long id, String firstName, String lastName, String email, String phone) {
    }
}
