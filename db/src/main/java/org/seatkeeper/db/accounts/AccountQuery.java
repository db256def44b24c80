package org.seatkeeper.db.accounts;

import org.seatkeeper.db.paging.SortDirection;

/**
 * The accounts page's filter and order.
 *
 * @param providerId null for all providers
 * @param text matched against company name, domain, tenant id and the provider's id; null or blank for all
 */
public record AccountQuery(Long providerId, AccountFilter filter, String text, AccountSort sort,
                           SortDirection direction) {

    public enum AccountSort { COMPANY, DOMAIN, PROVIDER, CUSTOMER, FIRST_SEEN, STATUS }

    public AccountQuery {
        filter = filter == null ? AccountFilter.ALL : filter;
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? AccountSort.COMPANY : sort;
        direction = direction == null ? SortDirection.ASC : direction;
    }

    public static AccountQuery all() {
        return new AccountQuery(null, AccountFilter.ALL, null, AccountSort.COMPANY, SortDirection.ASC);
    }

    public AccountQuery withFilter(AccountFilter newFilter) {
        return new AccountQuery(providerId, newFilter, text, sort, direction);
    }

    public AccountQuery forProvider(Long id) {
        return new AccountQuery(id, filter, text, sort, direction);
    }

    public AccountQuery matching(String newText) {
        return new AccountQuery(providerId, filter, newText, sort, direction);
    }

    public AccountQuery sortedBy(AccountSort newSort, SortDirection newDirection) {
        return new AccountQuery(providerId, filter, text, newSort, newDirection);
    }
}
