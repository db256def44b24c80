package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;

/** Step 1: the CRM account and its primary contact, or an existing customer; either way its onboarding row. */
final class CustomerStep {

    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final OnboardingRepository onboardings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    CustomerStep(CustomerRepository customers, ContactRepository contacts, OnboardingRepository onboardings,
                 AuditLog audit, Transactions transactions, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.onboardings = onboardings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the new onboarding's id */
    long createCustomer(String username, NewCustomerForm form) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            long customerId = customers.insert(form.customer(), now);
            long contactId = contacts.insert(customerId, form.contact());
            audit.record(username, AuditAction.CREATE, AuditEntity.CUSTOMER, customerId, "Customer " + form.customer().name()
                    + " created (onboarding) with primary contact " + form.contact().email(), null,
                    AuditState.of("name", form.customer().name(), "country", form.customer().country(),
                            "contact", contactId));
            return start(username, customerId, form.customer().name(), now);
        });
    }

    /** Resumes the customer's onboarding when there is one, else starts it. */
    long startFromExisting(String username, long customerId) {
        return transactions.inTransaction(() -> {
            Optional<Onboarding> existing = onboardings.byCustomer(customerId);
            if (existing.isPresent()) {
                return existing.get().id();
            }
            Customer customer = customers.find(customerId)
                    .orElseThrow(() -> new RefusedException("That customer does not exist."));
            if (customer.archived()) {
                throw new RefusedException(customer.name() + " is archived: restore it before onboarding it.");
            }
            if (contacts.primaryOf(customerId).isEmpty()) {
                throw new RefusedException(customer.name() + " has no contact yet: add its primary contact on the "
                        + "customer's page first, or create the customer here.");
            }
            return start(username, customerId, customer.name(), clock.instant());
        });
    }

    private long start(String username, long customerId, String name, Instant now) {
        long id = onboardings.start(customerId, username, now);
        audit.record(username, AuditAction.START, AuditEntity.ONBOARDING, id, "Onboarding of " + name + " started");
        return id;
    }
}
