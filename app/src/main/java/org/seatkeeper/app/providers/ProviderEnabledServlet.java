package org.seatkeeper.app.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;

/** POST /providers/{id}/enabled with enabled=true|false: disable (no more syncs, history kept) or enable again. */
final class ProviderEnabledServlet extends PageServlet {

    private final ProviderService service;
    private final ProviderRepository providers;

    public ProviderEnabledServlet(PageSupport pages, ProviderService service, ProviderRepository providers) {
        super(pages);
        this.service = service;
        this.providers = providers;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        Provider provider = providers.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That provider"));
        boolean enabled = "true".equals(request.getParameter("enabled"));
        if (String.valueOf(provider.version()).equals(request.getParameter("version"))) {
            try {
                service.setEnabled(user.username(), provider, enabled);
                redirect(request, response, "/providers/" + provider.id(), Flash.success(provider.name()
                        + (enabled ? " enabled." : " disabled: it is no longer synced. Its accounts and history are kept.")));
                return;
            } catch (OptimisticLockException e) {
                // falls through to the same message as a stale form
            }
        }
        redirect(request, response, "/providers/" + provider.id(), Flash.error("This provider was changed by someone else since you opened it. Check it and try again."));
    }
}
