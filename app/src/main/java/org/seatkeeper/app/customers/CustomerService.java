package org.seatkeeper.app.customers;

import java.time.Clock;
import java.time.Instant;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;

/** Customers and their contacts: each change in one transaction with its audit entry. */
public final class CustomerService {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, ContactRepository contacts, AuditLog audit,
                           Transactions transactions, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param firstContact null for none */
    public long create(String actor, CustomerDetails details, ContactDetails firstContact) {
        return transactions.inTransaction(() -> {
            long id = insert(actor, details, "Customer " + details.name() + " added");
            if (firstContact != null) {
                long contactId = contacts.insert(id, firstContact);
                audit.record(actor, AuditAction.CREATE, AuditEntity.CONTACT, contactId, "Contact " + ContactForm.describe(firstContact)
                        + " added to " + details.name() + " as primary contact", null, ContactForm.state(firstContact));
            }
            return id;
        });
    }

    /** For callers already inside a transaction (e.g. creating a customer from a provider account). */
    public long insert(String actor, CustomerDetails details, String summary) {
        long id = customers.insert(details, clock.instant());
        audit.record(actor, AuditAction.CREATE, AuditEntity.CUSTOMER, id, summary, null, CustomerForm.describe(details));
        return id;
    }

    public void update(String actor, long id, CustomerDetails details, int version) {
        transactions.run(() -> {
            Customer before = load(id);
            customers.update(id, details, version, clock.instant());
            audit.record(actor, AuditAction.UPDATE, AuditEntity.CUSTOMER, id, "Customer " + details.name() + " edited",
                    CustomerForm.describe(before.details()), CustomerForm.describe(details));
        });
    }

    public void archive(String actor, long id, int version) {
        transactions.run(() -> {
            Customer before = load(id);
            Instant now = clock.instant();
            customers.archive(id, version, now);
            audit.record(actor, AuditAction.ARCHIVE, AuditEntity.CUSTOMER, id, "Customer " + before.name() + " archived", AuditState.of("status", "ACTIVE"),
                    AuditState.of("status", "ARCHIVED"));
        });
    }

    public long addContact(String actor, long customerId, ContactDetails details) {
        return transactions.inTransaction(() -> {
            Customer customer = load(customerId);
            long id = contacts.insert(customerId, details);
            audit.record(actor, AuditAction.CREATE, AuditEntity.CONTACT, id, "Contact " + ContactForm.describe(details) + " added to "
                    + customer.name(), null, ContactForm.state(details));
            return id;
        });
    }

    public void updateContact(String actor, Contact before, ContactDetails details, int version) {
        transactions.run(() -> {
            contacts.update(before.id(), details, version);
            audit.record(actor, AuditAction.UPDATE, AuditEntity.CONTACT, before.id(), "Contact " + ContactForm.describe(details) + " edited",
                    ContactForm.state(before.details()), ContactForm.state(details));
        });
    }

    public void makePrimary(String actor, Contact contact) {
        transactions.run(() -> {
            String previous = contacts.primaryOf(contact.customerId()).map(c -> ContactForm.describe(c.details())).orElse(null);
            contacts.setPrimary(contact.customerId(), contact.id());
            audit.record(actor, AuditAction.UPDATE, AuditEntity.CONTACT, contact.id(), "Primary contact of customer " + contact.customerId()
                    + " is now " + ContactForm.describe(contact.details()), AuditState.of("primary", previous),
                    AuditState.of("primary", ContactForm.describe(contact.details())));
        });
    }

    private Customer load(long id) {
        return customers.find(id).orElseThrow(() -> HttpProblem.notFound("That customer"));
    }
}
