package org.seatkeeper.app.contracts;

import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;

/** Creating and editing billing contracts, each in one transaction with its audit entry. */
final class ContractService {

    private final BillingContractRepository contracts;
    private final AuditLog audit;
    private final Transactions transactions;

    ContractService(BillingContractRepository contracts, AuditLog audit, Transactions transactions) {
        this.contracts = contracts;
        this.audit = audit;
        this.transactions = transactions;
    }

    long create(String username, long customerId, ContractForm.Parsed f) {
        return transactions.inTransaction(() -> {
            long id = contracts.insert(customerId, f.terms(), false);
            audit.record(username, "CREATE_CONTRACT", "BILLING_CONTRACT", id, "Created billing contract "
                    + f.terms().name() + " (" + f.terms().currency() + ") for customer #" + customerId, null,
                    describe(f));
            return id;
        });
    }

    /** Saving a contract a sync created also clears its "needs review" flag: a person has looked at it. */
    void update(String username, BillingContract before, ContractForm.Parsed f, int version) {
        transactions.run(() -> {
            contracts.update(before.id(), f.terms(), f.status(), false, version);
            audit.record(username, "UPDATE_CONTRACT", "BILLING_CONTRACT", before.id(), "Saved billing contract "
                    + f.terms().name(), describe(new ContractForm.Parsed(new ContractTerms(
                    before.name(), before.currency().strip(), before.billingCycle(), before.billingDay(),
                    before.startDate(), before.psaAgreementRef()), before.status())), describe(f));
        });
    }

    private static String describe(ContractForm.Parsed f) {
        var t = f.terms();
        return "{\"name\":\"" + t.name().replace("\"", "'") + "\",\"currency\":\"" + t.currency()
                + "\",\"billingCycle\":\"" + t.billingCycle() + "\",\"billingDay\":" + t.billingDay()
                + ",\"startDate\":\"" + t.startDate() + "\",\"psaAgreementRef\":"
                + (t.psaAgreementRef() == null ? "null" : "\"" + t.psaAgreementRef().replace("\"", "'") + "\"")
                + ",\"status\":\"" + f.status() + "\"}";
    }
}
