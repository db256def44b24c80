package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.agreements.AgreementAcceptanceRepository;
import org.seatkeeper.db.agreements.AgreementTemplate;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.onboarding.OnboardingStage;
import org.seatkeeper.db.onboarding.ProvisionedAccounts;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.providers.connector.AgreementAcceptance;

/**
 * What follows a created tenant: the agreement acceptance (recorded here, and sent to the provider when it has an
 * API for the Microsoft Customer Agreement), then the provider account, mapped to the customer at once. Safe to run
 * again after a failure: an acceptance already recorded is not recorded twice, and the account is keyed like the sync.
 */
final class ProvisioningCompletion {

    private final ConnectorSource connectors;
    private final AgreementAcceptanceRepository acceptances;
    private final ProvisionedAccounts provisioned;
    private final AccountMappings mappings;
    private final OnboardingRepository onboardings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    ProvisioningCompletion(ConnectorSource connectors, AgreementAcceptanceRepository acceptances,
                           ProvisionedAccounts provisioned, AccountMappings mappings,
                           OnboardingRepository onboardings, AuditLog audit, Transactions transactions, Clock clock) {
        this.connectors = connectors;
        this.acceptances = acceptances;
        this.provisioned = provisioned;
        this.mappings = mappings;
        this.onboardings = onboardings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return warnings for the user (the agreement not sent, the account not mapped); empty when all went through */
    String complete(String username, Onboarding onboarding, Provider provider, TenantProvisioning.ContactLine contact,
                    AgreementTemplate template, LocalDate dateSigned, String companyName, String country) {
        StringBuilder warnings = new StringBuilder();
        recordAgreement(username, onboarding, provider, contact, template, dateSigned, warnings);
        transactions.run(() -> {
            Instant now = clock.instant();
            long accountId = provisioned.ensure(new ProvisionedAccounts.Tenant(provider.id(),
                    onboarding.tenantExternalId(), onboarding.tenantId(), onboarding.tenantDomain(), companyName,
                    country), now);
            try {
                mappings.map(accountId, onboarding.customerId(), username, now);
                onboardings.recordProviderAccount(onboarding.id(), accountId, OnboardingStage.PROVISIONED, now);
                audit.record(username, AuditAction.MAP, AuditEntity.PROVIDER_ACCOUNT, accountId, "Provider account of new tenant "
                        + onboarding.tenantDomain() + " created and mapped to " + onboarding.customerName());
            } catch (MappingRuleException e) {
                warnings.append("The provider account was created but not mapped: ").append(e.getMessage()).append(' ');
            }
        });
        return warnings.toString().strip();
    }

    private void recordAgreement(String username, Onboarding onboarding, Provider provider,
                                 TenantProvisioning.ContactLine contact, AgreementTemplate template,
                                 LocalDate dateSigned, StringBuilder warnings) {
        var recorded = acceptances.byCustomer(onboarding.customerId()).stream()
                .filter(a -> a.templateId() == template.id()).findFirst();
        if (recorded.isPresent() && recorded.get().sentToProviderAt() != null) {
            return;
        }
        long acceptanceId = recorded.map(a -> a.id()).orElseGet(() -> transactions.inTransaction(() -> {
            long id = acceptances.insert(onboarding.customerId(), template.id(), contact.id(), dateSigned, provider.id(),
                    username, clock.instant());
            audit.record(username, AuditAction.RECORD_AGREEMENT, AuditEntity.AGREEMENT_ACCEPTANCE, id, onboarding.customerName()
                    + " signed \"" + template.name() + "\" on " + dateSigned + " (contact " + contact.email() + ")");
            return id;
        }));
        if (!template.microsoftCustomerAgreement()) {
            return;
        }
        try {
            var agreements = connectors.connector(provider).agreements();
            if (agreements.isEmpty()) {
                return;
            }
            agreements.get().recordAgreementAcceptance(onboarding.tenantExternalId(), new AgreementAcceptance(null,
                    contact.firstName(), contact.lastName(), contact.email(), contact.phone(), dateSigned));
            transactions.run(() -> acceptances.markSentToProvider(acceptanceId, clock.instant()));
        } catch (RuntimeException e) {
            if (!ProviderProblems.isReportable(e)) {
                throw e;
            }
            warnings.append("The agreement acceptance is recorded here, but ").append(provider.name())
                    .append(" did not take it: ").append(e.getMessage()).append(" Submit the step again to retry. ");
        }
    }
}
