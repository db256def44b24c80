package org.seatkeeper.app.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.usage.SkuMappingRepository;

/** GET /licenses/sku-mappings: which tenant license each provider product is. */
final class SkuMappingsServlet extends PageServlet {

    private final SkuMappingRepository mappings;

    SkuMappingsServlet(PageSupport pages, SkuMappingRepository mappings) {
        super(pages);
        this.mappings = mappings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "usage/sku-mappings.ftlh", Map.of("mappings", mappings.list(),
                "canWrite", user(request).canWrite()));
    }
}
