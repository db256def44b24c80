package org.seatkeeper.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.accounts.AccountFilter;
import org.seatkeeper.db.accounts.AccountMapping;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.BulkMapResult;
import org.seatkeeper.db.accounts.CustomerSuggestion;
import org.seatkeeper.db.accounts.CustomerSuggestions;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.matching.CompanyMatch;
import org.seatkeeper.db.paging.PageRequest;

/** /provider-accounts/suggestions: GET lists unmapped accounts with their best match; POST maps the ticked ones. */
final class SuggestionsServlet extends PageServlet {

    private static final int PAGE_SIZE = 100;

    private final ProviderAccountRepository accounts;
    private final CustomerSuggestions suggestions;
    private final MappingService mapping;

    public SuggestionsServlet(PageSupport pages, ProviderAccountRepository accounts, CustomerSuggestions suggestions,
                              MappingService mapping) {
        super(pages);
        this.accounts = accounts;
        this.suggestions = suggestions;
        this.mapping = mapping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountQuery unmapped = AccountQuery.all().withFilter(AccountFilter.UNMAPPED);
        Paging paging = Paging.of(request, accounts.counts(unmapped).unmapped(), PAGE_SIZE);
        List<ProviderAccount> page = accounts.page(unmapped, new PageRequest(paging.offset(), PAGE_SIZE)).items();
        Map<Long, CustomerSuggestion> best = suggestions.best(page);
        List<SuggestionsPage.Row> rows = new ArrayList<>();
        for (ProviderAccount a : page) {
            CustomerSuggestion s = best.get(a.id());
            rows.add(s == null
                    ? new SuggestionsPage.Row(a.id(), a.displayName(), AccountRow.orEmpty(a.domain()), a.providerName(), "", "", "", "", false)
                    : new SuggestionsPage.Row(a.id(), a.displayName(), AccountRow.orEmpty(a.domain()), a.providerName(),
                            s.customerName(), AccountRow.orEmpty(s.customerDomain()), s.reason(), a.id() + ":" + s.customerId(),
                            s.score() >= CompanyMatch.LIKELY));
        }
        render(request, response, "accounts/suggestions.ftlh", Map.of("page", new SuggestionsPage(rows, best.size(), paging)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        String[] ticked = request.getParameterValues("map");
        List<AccountMapping> mappings = new ArrayList<>();
        for (String value : ticked == null ? new String[0] : ticked) {
            String[] parts = value.split(":");
            try {
                mappings.add(new AccountMapping(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // a tampered value: ignore it, the others are mapped
            }
        }
        if (mappings.isEmpty()) {
            redirect(request, response, "/provider-accounts/suggestions", Flash.warning("Tick the matches to map first."));
            return;
        }
        BulkMapResult result = mapping.bulkMap(user.username(), mappings);
        if (!result.refused().isEmpty()) {
            redirect(request, response, "/provider-accounts/suggestions", Flash.warning("Mapped " + result.mapped().size()
                    + " account(s); " + result.refused().size() + " refused: " + String.join(" ", result.refused().values())));
            return;
        }
        redirect(request, response, "/provider-accounts/suggestions", Flash.success("Mapped " + result.mapped().size() + " account(s)."));
    }
}
