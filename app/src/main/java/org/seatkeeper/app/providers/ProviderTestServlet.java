package org.seatkeeper.app.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.providers.connector.ConnectionCheck;

/** POST /providers/{id}/test: calls the provider with the stored credentials and says plainly what happened. */
final class ProviderTestServlet extends PageServlet {

    private final ProviderRepository providers;
    private final ConnectorFactory connectors;

    public ProviderTestServlet(PageSupport pages, ProviderRepository providers, ConnectorFactory connectors) {
        super(pages);
        this.providers = providers;
        this.connectors = connectors;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Provider provider = providers.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That provider"));
        ConnectionCheck check = connectors.test(provider.id());
        Flash result = check.ok()
                ? Flash.success("Connection to " + provider.name() + " works: " + check.message())
                : Flash.error("Connection to " + provider.name() + " failed: " + check.message());
        redirect(request, response, "/providers/" + provider.id(), result);
    }
}
