package org.seatkeeper.app.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.providers.ProviderRepository;

/** GET /providers: every provider, enabled or not. */
final class ProvidersServlet extends PageServlet {

    private final ProviderRepository providers;

    public ProvidersServlet(PageSupport pages, ProviderRepository providers) {
        super(pages);
        this.providers = providers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "providers/list.ftlh", Map.of("page",
                Map.of("providers", providers.list().stream().map(ProviderRow::of).toList())));
    }
}
