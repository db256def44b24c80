package org.seatkeeper.app.accounts;

import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.db.accounts.AccountAddress;
import org.seatkeeper.db.accounts.ProviderAccount;

/**
 * The provider account page: what the provider reports, its mapping, suggested customers and the customer picker.
 *
 * @param searched true once the person searched the picker (an empty result then says "no customer matches")
 */
public record AccountPage(long id, String name, List<Fact> facts, boolean mapped, Long customerId, String customerName,
                          String mappedBy, List<Choice> suggestions, String customerQuery, boolean searched,
                          List<Choice> results) {

    public record Fact(String label, String value) {
    }

    /** A customer the account could be mapped to; reason says why it is suggested (empty in search results). */
    public record Choice(long customerId, String name, String domain, String reason) {
    }

    static List<Fact> factsOf(ProviderAccount a) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Provider", a.providerName()));
        facts.add(new Fact("Provider's customer id", a.externalId()));
        facts.add(new Fact("Microsoft tenant id", orDash(a.tenantId())));
        facts.add(new Fact("Domain", orDash(a.domain())));
        facts.add(new Fact("Company", orDash(a.companyName())));
        facts.add(new Fact("Address", orDash(address(a.address(), a.country()))));
        facts.add(new Fact("Relationship", orDash(AccountRow.relationship(a.relationshipStatus()))));
        facts.add(new Fact("State", a.active() ? (a.isNew() ? "Active, new" : "Active") : "Inactive: the provider no longer reports it"));
        facts.add(new Fact("First seen", AccountRow.date(a.firstSeenAt())));
        facts.add(new Fact("Last seen", a.lastSeenAt() == null ? "—" : AccountRow.TIME.format(a.lastSeenAt())));
        return facts;
    }

    static String address(AccountAddress address, String country) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {address.line1(), address.line2(), address.postalCode(), address.city(), address.state(), country}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
