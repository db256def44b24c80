package org.seatkeeper.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.accounts.MappingRuleException;
import org.seatkeeper.db.accounts.ProviderAccount;

/** POST /provider-accounts/{id}/map with customerId: maps the account, or says which rule refuses it. */
final class AccountMapServlet extends PageServlet {

    private final MappingService mapping;

    public AccountMapServlet(PageSupport pages, MappingService mapping) {
        super(pages);
        this.mapping = mapping;
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
        try {
            ProviderAccount mapped = mapping.map(user.username(), accountId, customerId);
            redirect(request, response, back, Flash.success(mapped.displayName() + " is now mapped to " + mapped.customerName() + "."));
        } catch (MappingRuleException e) {
            redirect(request, response, back, Flash.error(e.getMessage()));
        }
    }
}
