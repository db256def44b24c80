package org.seatkeeper.app.contracts;

import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.contracts.ContractTerms;

/**
 * Creating and editing billing contracts, each in one transaction with its audit entry: the one way a contract is
 * created, from the contract form and from onboarding (whose transaction it joins).
 */
public final class ContractService {

    private final BillingContractRepository contracts;
    private final AuditLog audit;
    private final Transactions transactions;

    public ContractService(BillingContractRepository contracts, AuditLog audit, Transactions transactions) {
        this.contracts = contracts;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** @param terms checked by {@link ContractForm}; the new contract is active */
    public long create(String username, long customerId, ContractTerms terms) {
        return transactions.inTransaction(() -> {
            long id = contracts.insert(customerId, terms, false);
            audit.record(username, AuditAction.CREATE, AuditEntity.BILLING_CONTRACT, id, "Created billing contract "
                    + terms.name() + " (" + terms.currency() + ") for customer #" + customerId, null,
                    state(terms, ContractStatus.ACTIVE));
            return id;
        });
    }

    /** Saving a contract a sync created also clears its "needs review" flag: a person has looked at it. */
    void update(String username, BillingContract before, ContractForm.Parsed f, int version) {
        transactions.run(() -> {
            contracts.update(before.id(), f.terms(), f.status(), false, version);
            audit.record(username, AuditAction.UPDATE, AuditEntity.BILLING_CONTRACT, before.id(),
                    "Saved billing contract " + f.terms().name(), state(new ContractTerms(before.name(),
                            before.currency().strip(), before.billingCycle(), before.billingDay(), before.startDate(),
                            before.psaAgreementRef()), before.status()), state(f.terms(), f.status()));
        });
    }

    private static AuditState state(ContractTerms t, ContractStatus status) {
        return AuditState.of("name", t.name(), "currency", t.currency(), "billingCycle", t.billingCycle(),
                "billingDay", t.billingDay(), "startDate", t.startDate(), "psaAgreementRef", t.psaAgreementRef(),
                "status", status);
    }
}
