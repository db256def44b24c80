package org.seatkeeper.app.accounts;

import java.time.Clock;
import java.util.List;
import org.seatkeeper.app.customers.CustomerService;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.accounts.AccountMapping;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.accounts.BulkMapResult;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.onboarding.OnboardingRepository;

/**
 * Mapping provider accounts to customers under DOMAIN.md's rules (enforced by {@link AccountMappings}, which says
 * why it refuses); every mapping change is audited in the same transaction.
 */
public final class MappingService {

    private final AccountMappings mappings;
    private final ProviderAccountRepository accounts;
    private final CustomerService customers;
    private final OnboardingRepository onboardings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public MappingService(AccountMappings mappings, ProviderAccountRepository accounts, CustomerService customers,
                          OnboardingRepository onboardings, AuditLog audit, Transactions transactions, Clock clock) {
        this.mappings = mappings;
        this.accounts = accounts;
        this.customers = customers;
        this.onboardings = onboardings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws MappingRuleException with the message for the person when a rule forbids it */
    public ProviderAccount map(String actor, long accountId, long customerId) {
        return transactions.inTransaction(() -> mapAndAudit(actor, accountId, customerId, "Provider account"));
    }

    /** Creates the customer from what the person confirmed and maps the account to it, all or nothing. */
    public long createCustomerAndMap(String actor, ProviderAccount account, CustomerDetails details) {
        return transactions.inTransaction(() -> {
            long customerId = customers.insert(actor, details, "Customer " + details.name() + " created from the "
                    + account.providerName() + " account " + account.displayName());
            mapAndAudit(actor, account.id(), customerId, "Provider account");
            return customerId;
        });
    }

    /** Maps every pair the rules allow; the refused ones come back with their reason. */
    public BulkMapResult bulkMap(String actor, List<AccountMapping> mappings) {
        return transactions.inTransaction(() -> {
            BulkMapResult result = this.mappings.bulkMap(mappings, actor, clock.instant());
            for (Long id : result.mapped()) {
                accounts.find(id).ifPresent(a -> {
                    audit.record(actor, AuditAction.MAP, AuditEntity.PROVIDER_ACCOUNT, a.id(), "Provider account " + a.displayName() + " ("
                            + a.providerName() + ") mapped to " + a.customerName() + " from the suggested matches",
                            AuditState.of("customer", null), AuditState.of("customer", a.customerName()));
                    completeManualOnboarding(a);
                });
            }
            return result;
        });
    }

    public void unmap(String actor, ProviderAccount account) {
        transactions.run(() -> {
            mappings.unmap(account.id()).ifPresent(previous -> audit.record(actor, AuditAction.UNMAP, AuditEntity.PROVIDER_ACCOUNT, account.id(),
                    "Provider account " + account.displayName() + " (" + account.providerName() + ") unmapped from "
                            + account.customerName() + ": its subscriptions are not billed until it is mapped again",
                    AuditState.of("customer", account.customerName()), AuditState.of("customer", null)));
        });
    }

    private ProviderAccount mapAndAudit(String actor, long accountId, long customerId, String what) {
        mappings.map(accountId, customerId, actor, clock.instant());
        ProviderAccount mapped = accounts.find(accountId).orElseThrow();
        audit.record(actor, AuditAction.MAP, AuditEntity.PROVIDER_ACCOUNT, accountId, what + " " + mapped.displayName() + " ("
                + mapped.providerName() + ") mapped to " + mapped.customerName(), AuditState.of("customer", null),
                AuditState.of("customer", mapped.customerName()));
        completeManualOnboarding(mapped);
        return mapped;
    }

    /** The account an onboarding on the manual path told the person to map: its tenant step is done. */
    private void completeManualOnboarding(ProviderAccount mapped) {
        onboardings.recordManuallyMappedAccount(mapped.customerId(), mapped.providerId(), mapped.id(), clock.instant());
    }
}
