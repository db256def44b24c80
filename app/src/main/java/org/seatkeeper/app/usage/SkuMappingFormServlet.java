package org.seatkeeper.app.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.usage.SkuMappingDetails;
import org.seatkeeper.db.usage.SkuMappingRepository;

/** GET/POST /licenses/sku-mappings/new and /licenses/sku-mappings/{id}: add or edit a SKU mapping (staff). */
final class SkuMappingFormServlet extends PageServlet {

    private static final String TEMPLATE = "usage/sku-mapping-form.ftlh";
    private static final String LIST = "/licenses/sku-mappings";

    private final SkuMappingRepository mappings;
    private final SkuMappings service;

    SkuMappingFormServlet(PageSupport pages, SkuMappingRepository mappings, SkuMappings service) {
        super(pages);
        this.mappings = mappings;
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Long id = id(request);
        FormModel form = id == null ? FormModel.empty().with("version", 0)
                : SkuMappingForm.of(mappings.find(id).orElseThrow(() -> HttpProblem.notFound("That SKU mapping")));
        render(request, response, TEMPLATE, Map.of("form", form, "action", request.getRequestURI(), "isNew", id == null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Long id = id(request);
        if (id != null) {
            mappings.find(id).orElseThrow(() -> HttpProblem.notFound("That SKU mapping"));
        }
        FormModel form = FormModel.of(request);
        SkuMappingDetails details = SkuMappingForm.parse(form);
        Long saved = form.hasErrors() ? null : service.save(user.username(), id, details, form);
        if (saved == null) {
            renderInvalid(request, response, TEMPLATE, Map.of("form", form, "action", request.getRequestURI(), "isNew", id == null));
            return;
        }
        redirect(request, response, LIST, Flash.success("SKU mapping " + details.skuPartNumber() + " ↔ "
                + details.productRef() + " saved."));
    }

    private static Long id(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/new") ? null : idFromPath(request, 0);
    }
}
