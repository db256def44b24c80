package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;

/** Step 4: the customer's billing contract, in the provider's currency, created from the flow. */
final class ContractStep {

    static final List<Map<String, String>> CYCLES = List.of(Map.of("value", "MONTHLY", "label", "Monthly"),
            Map.of("value", "ANNUAL", "label", "Annual"), Map.of("value", "TRIENNIAL", "label", "Triennial"));

    private final BillingContractRepository contracts;
    private final OnboardingRepository onboardings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    ContractStep(BillingContractRepository contracts, OnboardingRepository onboardings, AuditLog audit,
                 Transactions transactions, Clock clock) {
        this.contracts = contracts;
        this.onboardings = onboardings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    FormModel initial(Onboarding onboarding, String currency) {
        return FormModel.empty().with("name", onboarding.customerName() + " " + currency)
                .with("billingCycle", "MONTHLY").with("billingDay", 1).with("startDate", LocalDate.now(clock));
    }

    /** @return null when the form has errors */
    static ContractTerms parse(FormModel form, String currency) {
        if (form.value("name").isEmpty()) {
            form.error("name", "Name the contract, e.g. the customer's name and currency.");
        }
        BillingCycle cycle = null;
        try {
            cycle = BillingCycle.valueOf(form.value("billingCycle"));
        } catch (IllegalArgumentException e) {
            form.error("billingCycle", "Choose how often the customer is invoiced.");
        }
        int day = 0;
        try {
            day = Integer.parseInt(form.value("billingDay"));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (day < 1 || day > 28) {
            form.error("billingDay", "The billing day is a day of the month from 1 to 28.");
        }
        LocalDate start = null;
        try {
            start = DateInput.parse(form.value("startDate"));
        } catch (DateTimeParseException e) {
            form.error("startDate", "Enter the start date as YYYY-MM-DD.");
        }
        return form.hasErrors() ? null : new ContractTerms(form.value("name"), currency, cycle, day, start, null);
    }

    long create(String username, Onboarding onboarding, ContractTerms terms) {
        return transactions.inTransaction(() -> {
            long id = contracts.insert(onboarding.customerId(), terms, false);
            onboardings.recordContract(onboarding.id(), id, clock.instant());
            audit.record(username, "CREATE", "billing_contract", id, "Billing contract \"" + terms.name() + "\" for "
                    + onboarding.customerName() + " created during onboarding", null, "currency=" + terms.currency()
                    + ", cycle=" + terms.billingCycle() + ", day=" + terms.billingDay() + ", start=" + terms.startDate());
            return id;
        });
    }
}
