package org.seatkeeper.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.accounts.AccountCounts;
import org.seatkeeper.db.accounts.AccountFilter;
import org.seatkeeper.db.accounts.AccountListing;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.AccountQuery.AccountSort;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.paging.SortDirection;
import org.seatkeeper.db.providers.ProviderRepository;

/** GET /provider-accounts: filter by provider and state, search by name, domain or tenant id, sort, page. */
final class AccountsServlet extends PageServlet {

    static final int PAGE_SIZE = 50;
    private static final List<AccountSort> SORTABLE = List.of(AccountSort.COMPANY, AccountSort.DOMAIN, AccountSort.PROVIDER,
            AccountSort.CUSTOMER, AccountSort.STATUS, AccountSort.FIRST_SEEN);

    private final ProviderAccountRepository accounts;
    private final AccountListings listings;
    private final ProviderRepository providers;

    AccountsServlet(PageSupport pages, ProviderAccountRepository accounts, AccountListings listings,
                    ProviderRepository providers) {
        super(pages);
        this.accounts = accounts;
        this.listings = listings;
        this.providers = providers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long providerId = parseLong(request.getParameter("providerId"));
        AccountFilter filter = parse(AccountFilter.class, request.getParameter("filter"), AccountFilter.ALL);
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").trim();
        AccountSort sort = parse(AccountSort.class, request.getParameter("sort"), AccountSort.COMPANY);
        SortDirection direction = "desc".equals(request.getParameter("dir")) ? SortDirection.DESC : SortDirection.ASC;
        AccountQuery query = new AccountQuery(providerId, filter, q, sort, direction);
        AccountListing listing = listings.current();
        AccountCounts counts = listing.counts(query);
        int total = switch (filter) {
            case ALL -> counts.all();
            case MAPPED -> counts.mapped();
            case UNMAPPED -> counts.unmapped();
            case INACTIVE -> counts.inactive();
            case NEW -> counts.newAccounts();
        };
        Paging paging = Paging.of(request, total, PAGE_SIZE);
        List<Long> ids = listing.ids(query, new PageRequest(paging.offset(), PAGE_SIZE));
        List<AccountRow> rows = accounts.byIds(ids).stream().map(AccountRow::of).toList();
        String base = "/provider-accounts?providerId=" + (providerId == null ? "" : providerId) + "&q=" + encode(q);
        List<AccountListPage.Link> tabs = List.of(
                tab("All", counts.all(), AccountFilter.ALL, filter, base),
                tab("Unmapped", counts.unmapped(), AccountFilter.UNMAPPED, filter, base),
                tab("New", counts.newAccounts(), AccountFilter.NEW, filter, base),
                tab("Mapped", counts.mapped(), AccountFilter.MAPPED, filter, base),
                tab("Inactive", counts.inactive(), AccountFilter.INACTIVE, filter, base));
        List<AccountListPage.SortLink> sortLinks = new ArrayList<>();
        for (AccountSort column : SORTABLE) {
            boolean active = column == sort;
            String dir = active && direction == SortDirection.ASC ? "desc" : "asc";
            sortLinks.add(new AccountListPage.SortLink(label(column), base + "&filter=" + lower(filter) + "&sort=" + lower(column)
                    + "&dir=" + dir, active, active && direction == SortDirection.DESC));
        }
        List<AccountListPage.Option> providerOptions = pages.figures().get("providers.list", providers::list).stream()
                .map(p -> new AccountListPage.Option(String.valueOf(p.id()), p.name())).toList();
        render(request, response, "accounts/list.ftlh", Map.of("page", new AccountListPage(tabs, providerOptions,
                providerId == null ? "" : String.valueOf(providerId), lower(filter), q, rows, paging, sortLinks)));
    }

    private static AccountListPage.Link tab(String label, int count, AccountFilter tab, AccountFilter current, String base) {
        return new AccountListPage.Link(label + " (" + count + ")", base + "&filter=" + lower(tab), tab == current);
    }

    private static String label(AccountSort sort) {
        return switch (sort) {
            case COMPANY -> "Company";
            case DOMAIN -> "Domain";
            case PROVIDER -> "Provider";
            case CUSTOMER -> "Customer";
            case STATUS -> "State";
            case FIRST_SEEN -> "First seen";
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return fallback;
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
