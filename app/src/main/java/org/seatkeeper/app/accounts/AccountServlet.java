package org.seatkeeper.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.accounts.CustomerSuggestions;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerQuery;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.PageRequest;

/** GET /provider-accounts/{id}[?customer=text]: the account, suggested customers, and the searchable customer picker. */
final class AccountServlet extends PageServlet {

    private static final int SUGGESTIONS = 5;
    private static final int RESULTS = 20;

    private final ProviderAccountRepository accounts;
    private final CustomerSuggestions suggestions;
    private final CustomerRepository customers;

    public AccountServlet(PageSupport pages, ProviderAccountRepository accounts, CustomerSuggestions suggestions,
                          CustomerRepository customers) {
        super(pages);
        this.accounts = accounts;
        this.suggestions = suggestions;
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProviderAccount a = accounts.find(idFromPath(request, 0)).orElseThrow(() -> HttpProblem.notFound("That provider account"));
        String query = request.getParameter("customer") == null ? "" : request.getParameter("customer").trim();
        List<AccountPage.Choice> suggested = a.mapped() ? List.of() : suggestions.suggest(a.id(), SUGGESTIONS).stream()
                .map(s -> new AccountPage.Choice(s.customerId(), s.customerName(), AccountRow.orEmpty(s.customerDomain()), s.reason()))
                .toList();
        List<AccountPage.Choice> results = a.mapped() || query.isEmpty() ? List.of()
                : customers.search(CustomerQuery.matching(query), PageRequest.first(RESULTS)).items().stream()
                        .map(c -> new AccountPage.Choice(c.id(), c.name(), AccountRow.orEmpty(c.details().domain()), ""))
                        .toList();
        String mappedBy = a.mapped() && a.mappedAt() != null
                ? "Mapped by " + a.mappedBy() + " on " + AccountRow.TIME.format(a.mappedAt()) : "";
        render(request, response, "accounts/detail.ftlh", Map.of("page", new AccountPage(a.id(), a.displayName(),
                AccountPage.factsOf(a), a.mapped(), a.customerId(), AccountRow.orEmpty(a.customerName()), mappedBy,
                suggested, query, !query.isEmpty(), results)));
    }
}
