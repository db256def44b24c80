package org.seatkeeper.batch.psa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.psa.CustomerCompany;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaContactLinkRepository;
import org.seatkeeper.providers.connectwise.Conditions;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.connectwise.CwContact;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderException;

/**
 * Keeps a customer's contacts as ConnectWise contacts of its company, when the customer's contact sync is on: each
 * Seatkeeper contact is found among the company's ConnectWise contacts by email, else by the id it was written to
 * before, then updated (names, email) where it differs or created where it is missing. Nothing is ever deleted in
 * ConnectWise. Idempotent: a second run with nothing changed reads the company's contacts and writes nothing; a run cut
 * off between a create and its record finds the contact by email next time instead of creating it again.
 *
 * <p>Called when a person saves a contact (the page) and, later, by the PSA sync for every customer. Never throws for
 * a PSA problem: the outcome says it, and the customer's link records it for the page.
 */
public final class ContactSync {

    private final PsaClients clients;
    private final CustomerCompanyRepository companies;
    private final ContactRepository contacts;
    private final PsaContactLinkRepository links;
    private final Transactions transactions;
    private final Clock clock;

    public ContactSync(PsaClients clients, CustomerCompanyRepository companies, ContactRepository contacts,
                       PsaContactLinkRepository links, Transactions transactions, Clock clock) {
        this.clients = clients;
        this.companies = companies;
        this.contacts = contacts;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run did; {@code problem} says why it stopped (null when it did not). */
    public record Outcome(boolean on, int created, int updated, int unchanged, String problem) {

        static Outcome off() {
            return new Outcome(false, 0, 0, 0, null);
        }

        public boolean wrote() {
            return created + updated > 0;
        }
    }

    /** Must not run inside a transaction: ConnectWise is written between the reads and the records. */
    public Outcome syncCustomer(long customerId) {
        CustomerCompany company = companies.find(customerId).filter(CustomerCompany::contactSync).orElse(null);
        if (company == null) {
            return Outcome.off();
        }
        List<Contact> ours = contacts.byCustomer(customerId);
        Map<Long, Long> known = new HashMap<>(links.ofCustomer(customerId));
        Map<Long, Long> written = new HashMap<>();
        int created = 0;
        int updated = 0;
        String problem = null;
        try {
            ConnectWiseClient client = clients.client();
            List<CwContact> theirs = new ArrayList<>();
            for (Parsed<CwContact> parsed : client.contacts(Conditions.where("company/id").eq(company.psaCompanyId()))) {
                if (parsed.ok()) {
                    theirs.add(parsed.value());
                }
            }
            for (Contact contact : ours) {
                Set<Long> claimed = new HashSet<>(known.values());
                claimed.remove(known.get(contact.id()));
                CwContact match = match(contact, known.get(contact.id()), theirs, claimed);
                WantedContact wanted = WantedContact.of(contact);
                if (match == null) {
                    CwContact made = client.createContact(CwContact.withEmail(company.psaCompanyId(), wanted.firstName(),
                            wanted.lastName(), wanted.email()));
                    theirs.add(made);
                    created++;
                    match = made;
                } else if (!wanted.sameAs(match)) {
                    client.updateContact(match.id(), wanted.changesTo(match));
                    updated++;
                }
                known.put(contact.id(), match.id());
                written.put(contact.id(), match.id());
            }
        } catch (ProviderException | PsaNotConnectedException e) {
            problem = e.getMessage();
        }
        String recorded = problem;
        transactions.run(() -> {
            written.forEach((contactId, psaId) -> links.save(contactId, psaId, company.psaCompanyId(), clock.instant()));
            companies.recordContactSync(customerId, clock.instant(), recorded);
        });
        return new Outcome(true, created, updated, written.size() - created - updated, problem);
    }

    /** By email (a ConnectWise contact no other Seatkeeper contact holds), else by the id written to before. */
    private static CwContact match(Contact contact, Long knownId, List<CwContact> theirs, Set<Long> claimed) {
        String email = contact.details().email().toLowerCase(Locale.ROOT);
        for (CwContact c : theirs) {
            if (c.email() != null && c.email().toLowerCase(Locale.ROOT).equals(email) && !claimed.contains(c.id())) {
                return c;
            }
        }
        return knownId == null ? null : theirs.stream().filter(c -> knownId.equals(c.id())).findFirst().orElse(null);
    }
}
