package org.seatkeeper.db.accounts;

import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Mapping provider accounts to customers, and unmapping them, under DOMAIN.md's rules ({@link MappingRules}). */
public final class AccountMappings {

    private final DSLContext dsl;
    private final MappingRules rules;
    private final ProviderAccountRepository accounts;

    public AccountMappings(DSLContext dsl) {
        this.dsl = dsl;
        this.rules = new MappingRules(dsl);
        this.accounts = new ProviderAccountRepository(dsl);
    }

    /**
     * Links the account to the customer. Mapping clears "new". Mapping an account to the customer it already has is a
     * no-op.
     *
     * @throws MappingRuleException when the account is mapped to another customer, the customer is archived, or the
     *         customer already has an account of the same provider (the message names that account)
     */
    public void map(long accountId, long customerId, String username, Instant now) {
        ProviderAccount account = accounts.find(accountId)
                .orElseThrow(() -> new MappingRuleException("Provider account " + accountId + " does not exist."));
        if (rules.checkMappable(account, customerId)) {
            return;
        }
        try {
            int rows = dsl.update(PROVIDER_ACCOUNT)
                    .set(PROVIDER_ACCOUNT.CUSTOMER_ID, customerId)
                    .set(PROVIDER_ACCOUNT.MAPPED_AT, now)
                    .set(PROVIDER_ACCOUNT.MAPPED_BY, username)
                    .set(PROVIDER_ACCOUNT.IS_NEW, false)
                    .set(PROVIDER_ACCOUNT.VERSION, PROVIDER_ACCOUNT.VERSION.plus(1))
                    .where(PROVIDER_ACCOUNT.ID.eq(accountId))
                    .and(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull())
                    .execute();
            if (rows == 0) {
                throw new MappingRuleException("Someone mapped " + account.displayName()
                        + " at the same time. Reload the page to see the current mapping.");
            }
            // its "new provider account: map it" notification is done with: resolved by the mapping
            new NewAccountNotifications(dsl).resolve(accountId, username, now);
        } catch (org.jooq.exception.DataAccessException e) {
            // a concurrent mapping won the unique constraint uq_provider_account_customer: say which account holds it
            throw rules.translate(e, account, customerId);
        }
    }

    /** Maps each account it can; accounts the rules refuse are reported with the reason and left unmapped. */
    public BulkMapResult bulkMap(List<AccountMapping> mappings, String username, Instant now) {
        List<Long> mapped = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (AccountMapping mapping : mappings) {
            try {
                map(mapping.accountId(), mapping.customerId(), username, now);
                mapped.add(mapping.accountId());
            } catch (MappingRuleException e) {
                refused.put(mapping.accountId(), e.getMessage());
            }
        }
        return new BulkMapResult(mapped, refused);
    }

    /** Removes the link; returns the customer it was mapped to, if any. */
    public Optional<Long> unmap(long accountId) {
        Optional<Long> previous = dsl.select(PROVIDER_ACCOUNT.CUSTOMER_ID)
                .from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.ID.eq(accountId))
                .fetchOptional(PROVIDER_ACCOUNT.CUSTOMER_ID);
        if (previous.isPresent()) {
            dsl.update(PROVIDER_ACCOUNT)
                    .setNull(PROVIDER_ACCOUNT.CUSTOMER_ID)
                    .setNull(PROVIDER_ACCOUNT.MAPPED_AT)
                    .setNull(PROVIDER_ACCOUNT.MAPPED_BY)
                    .set(PROVIDER_ACCOUNT.VERSION, PROVIDER_ACCOUNT.VERSION.plus(1))
                    .where(PROVIDER_ACCOUNT.ID.eq(accountId))
                    .and(PROVIDER_ACCOUNT.CUSTOMER_ID.isNotNull())
                    .execute();
        }
        return previous;
    }
}
