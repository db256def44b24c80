package org.seatkeeper.db.accounts;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.matching.CompanyMatch;

/**
 * Likely customers for unmapped provider accounts: the same domain first, then a similar name ({@link CompanyMatch}). Customers that already
 * have an account of the same provider are left out, because the mapping rules would refuse them.
 * Scores are computed in Java over the active customers: a reseller has hundreds or a few thousand of them.
 */
public final class CustomerSuggestions {

    private final DSLContext dsl;
    private final ProviderAccountRepository accounts;

    public CustomerSuggestions(DSLContext dsl) {
        this.dsl = dsl;
        this.accounts = new ProviderAccountRepository(dsl);
    }

    public List<CustomerSuggestion> suggest(long accountId, int limit) {
        return accounts.find(accountId)
                .map(account -> rank(account, candidates(account.providerId()), limit))
                .orElse(List.of());
    }

    /** The best suggestion for each of the given accounts that has one (for a bulk-map page). */
    public Map<Long, CustomerSuggestion> best(List<ProviderAccount> unmapped) {
        Map<Long, List<Candidate>> byProvider = new LinkedHashMap<>();
        Map<Long, CustomerSuggestion> best = new LinkedHashMap<>();
        for (ProviderAccount account : unmapped) {
            List<Candidate> candidates = byProvider.computeIfAbsent(account.providerId(), this::candidates);
            rank(account, candidates, 1).stream().findFirst().ifPresent(s -> best.put(account.id(), s));
        }
        return best;
    }

    static List<CustomerSuggestion> rank(ProviderAccount account, List<Candidate> candidates, int limit) {
        List<CustomerSuggestion> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            CustomerSuggestion suggestion = score(account, candidate);
            if (suggestion.score() >= CompanyMatch.MINIMUM_SCORE) {
                scored.add(suggestion);
            }
        }
        scored.sort(Comparator.comparingDouble(CustomerSuggestion::score).reversed()
                .thenComparing(CustomerSuggestion::customerName, String.CASE_INSENSITIVE_ORDER));
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static CustomerSuggestion score(ProviderAccount account, Candidate c) {
        CompanyMatch match = CompanyMatch.of(account.companyName(), account.domain(), c.name(), c.domain());
        return new CustomerSuggestion(c.id(), c.name(), c.domain(), match.score(), match.reason());
    }

    private List<Candidate> candidates(long providerId) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.DOMAIN)
                .from(CUSTOMER)
                .where(CUSTOMER.STATUS.eq("ACTIVE"))
                .andNotExists(DSL.selectOne()
                        .from(PROVIDER_ACCOUNT)
                        .where(PROVIDER_ACCOUNT.CUSTOMER_ID.eq(CUSTOMER.ID))
                        .and(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId)))
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3()));
    }

    record Candidate(long id, String name, String domain) {
        Candidate {
            Objects.requireNonNull(name, "name");
        }
    }
}
