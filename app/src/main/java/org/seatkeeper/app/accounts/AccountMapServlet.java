package org.seatkeeper.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.matching.CompanyMatch;

/**
 * POST /provider-accounts/{id}/map with customerId: maps the account, or says which rule refuses it. A customer whose
 * name and domain look unrelated to the account's (not even worth suggesting) is a likely slip of the hand: the person
 * confirms it first (confirmed=yes).
 */
final class AccountMapServlet extends PageServlet {

    private final MappingService mapping;
    private final ProviderAccountRepository accounts;
    private final CustomerRepository customers;

    public AccountMapServlet(PageSupport pages, MappingService mapping, ProviderAccountRepository accounts,
                             CustomerRepository customers) {
        super(pages);
        this.mapping = mapping;
        this.accounts = accounts;
        this.customers = customers;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long accountId = idFromPath(request, 1);
        long customerId;
        try {
            customerId = Long.parseLong(request.getParameter("customerId"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Choose the customer to map this account to.");
        }
        String back = "/provider-accounts/" + accountId;
        if (!"yes".equals(request.getParameter("confirmed"))) {
            ProviderAccount account = accounts.find(accountId).orElse(null);
            Customer customer = customers.find(customerId).orElse(null);
            if (account != null && customer != null
                    && !CompanyMatch.of(account.companyName(), account.domain(), customer.name(), customer.details().domain())
                    .worthSuggesting()) {
                render(request, response, "accounts/confirm-map.ftlh", Map.of("page", Map.of(
                        "accountId", accountId, "accountName", account.displayName(),
                        "accountDomain", blankAsUnknown(account.domain()), "customerId", customerId,
                        "customerName", customer.name(), "customerDomain", blankAsUnknown(customer.details().domain()),
                        "back", back)));
                return;
            }
        }
        try {
            ProviderAccount mapped = mapping.map(user.username(), accountId, customerId);
            redirect(request, response, back, Flash.success(mapped.displayName() + " is now mapped to " + mapped.customerName() + "."));
        } catch (MappingRuleException e) {
            redirect(request, response, back, Flash.error(e.getMessage()));
        }
    }

    private static String blankAsUnknown(String domain) {
        return domain == null || domain.isBlank() ? "no domain" : domain;
    }
}
