package org.seatkeeper.db.psa;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER_PSA_COMPANY;
import static org.seatkeeper.db.jooq.Tables.PSA_COMPANY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.matching.CompanyMatch;

/**
 * Likely ConnectWise companies for customers, by the customer's name and domain against the company's name and
 * website ({@link CompanyMatch}, the same rules as the provider accounts' suggestions). Companies ConnectWise no longer
 * lists and companies linked to another customer are left out. Scored in Java over the companies the last PSA data
 * refresh stored: a PSA holds hundreds or a few thousand.
 */
public final class CompanySuggestions {

    private final DSLContext dsl;

    public CompanySuggestions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The likeliest companies for one customer, best first. */
    public List<CompanySuggestion> suggest(long customerId, int limit) {
        return dsl.select(CUSTOMER.NAME, CUSTOMER.DOMAIN).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(r -> rank(r.value1(), r.value2(), candidates(customerId), limit))
                .orElse(List.of());
    }

    /** Active customers without a company, by name, from {@code offset}: the bulk page's rows. */
    public List<UnlinkedCustomer> unlinkedCustomers(int offset, int limit) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.DOMAIN).from(CUSTOMER)
                .where(CUSTOMER.STATUS.eq("ACTIVE"))
                .andNotExists(DSL.selectOne().from(CUSTOMER_PSA_COMPANY).where(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.eq(CUSTOMER.ID)))
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new UnlinkedCustomer(r.value1(), r.value2(), r.value3()));
    }

    public int countUnlinkedCustomers() {
        return dsl.fetchCount(DSL.selectOne().from(CUSTOMER).where(CUSTOMER.STATUS.eq("ACTIVE"))
                .andNotExists(DSL.selectOne().from(CUSTOMER_PSA_COMPANY).where(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.eq(CUSTOMER.ID))));
    }

    /** The best suggestion for each of the given customers that has one (for the bulk page). */
    public Map<Long, CompanySuggestion> best(List<UnlinkedCustomer> customers) {
        List<PsaCompany> candidates = candidates(null);
        Map<Long, CompanySuggestion> best = new LinkedHashMap<>();
        for (UnlinkedCustomer c : customers) {
            rank(c.name(), c.domain(), candidates, 1).stream().findFirst().ifPresent(s -> best.put(c.id(), s));
        }
        return best;
    }

    static List<CompanySuggestion> rank(String name, String domain, List<PsaCompany> candidates, int limit) {
        List<CompanySuggestion> scored = new ArrayList<>();
        for (PsaCompany company : candidates) {
            CompanyMatch match = CompanyMatch.of(name, domain, company.name(), company.website());
            if (match.worthSuggesting()) {
                scored.add(new CompanySuggestion(company.id(), company.name(), company.identifier(), company.website(),
                        match.score(), match.reason()));
            }
        }
        scored.sort(Comparator.comparingDouble(CompanySuggestion::score).reversed()
                .thenComparing(CompanySuggestion::companyName, String.CASE_INSENSITIVE_ORDER));
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    /** Listed companies no customer but {@code customerId} (null: no customer at all) is linked to. */
    private List<PsaCompany> candidates(Long customerId) {
        var others = DSL.selectOne().from(CUSTOMER_PSA_COMPANY).where(CUSTOMER_PSA_COMPANY.PSA_COMPANY_ID.eq(PSA_COMPANY.ID));
        return dsl.selectFrom(PSA_COMPANY).where(PSA_COMPANY.PRESENT.isTrue())
                .andNotExists(customerId == null ? others : others.and(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.ne(customerId)))
                .orderBy(PSA_COMPANY.ID)
                .fetch(r -> new PsaCompany(r.getId(), r.getIdentifier(), r.getName(), r.getStatus(), r.getWebsite(),
                        r.getPresent(), r.getRefreshedAt()));
    }

    /** A customer without a ConnectWise company. */
    public record UnlinkedCustomer(long id, String name, String domain) {
    }
}
