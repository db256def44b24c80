package org.seatkeeper.db.accounts;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** DOMAIN.md's mapping rules, checked before the write so the person gets a message that names the conflict. */
final class MappingRules {

    private final DSLContext dsl;

    MappingRules(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return true when the account is already mapped to this customer (nothing to do) */
    boolean checkMappable(ProviderAccount account, long customerId) {
        String customerName = customerName(customerId);
        if (account.customerId() != null) {
            if (account.customerId() == customerId) {
                return true;
            }
            throw new MappingRuleException(account.providerName() + " account " + describe(account)
                    + " is already mapped to " + account.customerName()
                    + ". A provider account maps to one customer: unmap it first.");
        }
        otherAccount(account, customerId).ifPresent(other -> {
            throw conflict(account, customerName, other);
        });
        return false;
    }

    RuntimeException translate(DataAccessException e, ProviderAccount account, long customerId) {
        if (String.valueOf(e.getMessage()).toUpperCase().contains("UQ_PROVIDER_ACCOUNT_CUSTOMER")) {
            Optional<String> other = otherAccount(account, customerId);
            if (other.isPresent()) {
                return conflict(account, customerName(customerId), other.get());
            }
        }
        return e;
    }

    private String customerName(long customerId) {
        var customer = dsl.select(CUSTOMER.NAME, CUSTOMER.STATUS)
                .from(CUSTOMER)
                .where(CUSTOMER.ID.eq(customerId))
                .fetchOptional()
                .orElseThrow(() -> new MappingRuleException("Customer " + customerId + " does not exist."));
        if ("ARCHIVED".equals(customer.value2())) {
            throw new MappingRuleException(customer.value1() + " is archived. Restore the customer before mapping "
                    + "a provider account to it.");
        }
        return customer.value1();
    }

    /** The description of the customer's account at the same provider, if it has one. */
    private Optional<String> otherAccount(ProviderAccount account, long customerId) {
        return dsl.select(PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN, PROVIDER_ACCOUNT.TENANT_ID,
                        PROVIDER_ACCOUNT.EXTERNAL_ID, PROVIDER.NAME)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(account.providerId()))
                .and(PROVIDER_ACCOUNT.CUSTOMER_ID.eq(customerId))
                .and(PROVIDER_ACCOUNT.ID.ne(account.id()))
                .fetchOptional(r -> describe(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static MappingRuleException conflict(ProviderAccount account, String customerName, String other) {
        return new MappingRuleException(customerName + " already has the " + account.providerName() + " account "
                + other + ". A customer has at most one account per provider: unmap " + other
                + " first, or map " + describe(account) + " to another customer.");
    }

    private static String describe(ProviderAccount a) {
        return describe(a.companyName(), a.domain(), a.tenantId(), a.externalId());
    }

    private static String describe(String company, String domain, String tenantId, String externalId) {
        String name = company != null && !company.isBlank() ? company : externalId;
        StringBuilder text = new StringBuilder("\"").append(name).append('"');
        if (domain != null || tenantId != null) {
            text.append(" (");
            if (domain != null) {
                text.append(domain);
            }
            if (tenantId != null) {
                text.append(domain != null ? ", " : "").append("tenant ").append(tenantId);
            }
            text.append(')');
        }
        return text.toString();
    }
}
