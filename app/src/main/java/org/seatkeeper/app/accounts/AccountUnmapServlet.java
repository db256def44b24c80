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
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;

/** /provider-accounts/{id}/unmap: GET asks for confirmation (unmapped means unbilled), POST unmaps. */
final class AccountUnmapServlet extends PageServlet {

    private final ProviderAccountRepository accounts;
    private final MappingService mapping;

    public AccountUnmapServlet(PageSupport pages, ProviderAccountRepository accounts, MappingService mapping) {
        super(pages);
        this.accounts = accounts;
        this.mapping = mapping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        ProviderAccount a = load(request);
        if (!a.mapped()) {
            redirect(request, response, "/provider-accounts/" + a.id(), Flash.warning(a.displayName() + " is not mapped."));
            return;
        }
        render(request, response, "accounts/unmap.ftlh", Map.of("page", Map.of("id", a.id(), "name", a.displayName(),
                "provider", a.providerName(), "customer", a.customerName())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        ProviderAccount a = load(request);
        mapping.unmap(user.username(), a);
        redirect(request, response, "/provider-accounts/" + a.id(), Flash.success(a.displayName() + " is no longer mapped to "
                + a.customerName() + ". Its subscriptions are not billed until it is mapped again."));
    }

    private ProviderAccount load(HttpServletRequest request) {
        return accounts.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That provider account"));
    }
}
