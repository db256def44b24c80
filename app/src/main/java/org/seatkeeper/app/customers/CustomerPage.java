package org.seatkeeper.app.customers;

import java.util.List;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.contracts.ContractSummary;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.app.mismatch.FindingRow;
import java.util.stream.Stream;

/** The customer detail page: facts, contacts, mapped provider accounts; contracts come with a later feature. */
public record CustomerPage(long id, String name, boolean archived, int version, List<Fact> facts,
                           List<ContactRow> contacts, List<AccountRow> accounts, List<ContractRow> contracts,
                           List<FindingRow> findings, int openFindings, String findingsHref) {

    /** One billing contract of the customer, as its section lists it. */
    public record ContractRow(long id, String name, String currency, String cycle, String startDate, int subscriptions,
                              int activeSubscriptions, String status, String statusKind, boolean needsReview) {
        static ContractRow of(ContractSummary s) {
            var c = s.contract();
            boolean active = c.status() == ContractStatus.ACTIVE;
            return new ContractRow(c.id(), c.name(), c.currency(), c.billingCycle().name().toLowerCase(),
                    c.startDate().toString(), s.subscriptions(), s.activeSubscriptions(),
                    c.status().name().toLowerCase(), active ? "ok" : "muted", c.needsReview());
        }
    }

    public record Fact(String label, String value) {
    }

    public record ContactRow(long id, String name, String email, String phone, boolean primary) {
        static ContactRow of(Contact c) {
            return new ContactRow(c.id(), c.details().firstName() + " " + c.details().lastName(), c.details().email(),
                    c.details().phone() == null ? "" : c.details().phone(), c.primary());
        }
    }

    /** A provider account mapped to this customer. */
    public record AccountRow(long id, String provider, String name, String domain, String tenantId, String status,
                             String statusKind) {
    }

    static List<Fact> factsOf(Customer customer) {
        CustomerDetails d = customer.details();
        String address = String.join(", ", Stream.of(d.addressLine1(), d.addressLine2(),
                join(d.postalCode(), d.city()), d.state(), d.country()).filter(s -> s != null && !s.isBlank()).toList());
        return List.of(new Fact("Domain", orDash(d.domain())), new Fact("Address", orDash(address)),
                new Fact("Phone", orDash(d.phone())), new Fact("Status", customer.archived() ? "Archived" : "Active"));
    }

    private static String join(String postalCode, String city) {
        return ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
