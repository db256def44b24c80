package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.app.contracts.ContractService;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;

/**
 * Step 4: the customer's billing contract, in the provider's currency, created from the flow through the contracts'
 * own {@link ContractService} (same checks as {@code ContractForm}, same audit entry), then recorded on the flow.
 */
final class ContractStep {

    private final ContractService contracts;
    private final OnboardingRepository onboardings;
    private final Transactions transactions;
    private final Clock clock;

    ContractStep(ContractService contracts, OnboardingRepository onboardings, Transactions transactions, Clock clock) {
        this.contracts = contracts;
        this.onboardings = onboardings;
        this.transactions = transactions;
        this.clock = clock;
    }

    FormModel initial(Onboarding onboarding, String currency) {
        return FormModel.empty().with("name", onboarding.customerName() + " " + currency)
                .with("billingCycle", "MONTHLY").with("billingDay", 1).with("startDate", LocalDate.now(clock));
    }

    long create(String username, Onboarding onboarding, ContractTerms terms) {
        return transactions.inTransaction(() -> {
            long id = contracts.create(username, onboarding.customerId(), terms);
            onboardings.recordContract(onboarding.id(), id, clock.instant());
            return id;
        });
    }
}
