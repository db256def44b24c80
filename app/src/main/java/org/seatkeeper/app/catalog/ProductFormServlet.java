package org.seatkeeper.app.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductRepository;

/** /products/new adds a product; /products/{id} shows one and sets its name, price and cost. */
final class ProductFormServlet extends PageServlet {

    private static final String TEMPLATE = "catalog/form.ftlh";

    private final CatalogService service;
    private final ProductRepository products;

    public ProductFormServlet(PageSupport pages, CatalogService service, ProductRepository products) {
        super(pages);
        this.service = service;
        this.products = products;
    }

    /**
     * @param creating the identifying fields (the key the sync matches by) are editable only when adding
     * @param conflict why what was typed was not saved (someone saved the product first), or empty
     */
    public record ProductFormPage(boolean creating, String title, String action, ProductRow product,
                                  List<Map<String, String>> terms, List<Map<String, String>> cycles, String conflict) {
    }

    private static final List<Map<String, String>> TERMS = List.of(option("P1M", "1 month"), option("P1Y", "1 year"),
            option("P3Y", "3 years"), option("NONE", "none"));
    private static final List<Map<String, String>> CYCLES = List.of(option("MONTHLY", "monthly"),
            option("ANNUAL", "annual"), option("TRIENNIAL", "triennial"), option("NONE", "none"));

    static Map<String, String> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Product product = isNew(request) ? null : load(request);
        FormModel form = product == null ? FormModel.empty().with("term", "P1M").with("billingCycle", "MONTHLY")
                .with("currency", "USD") : ProductForm.toForm(product);
        String back = request.getParameter("back");
        if (back != null && back.matches("/contracts/[0-9]+")) {
            form.with("back", back);
        }
        render(request, response, TEMPLATE, model(product, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Product existing = isNew(request) ? null : load(request);
        FormModel form = FormModel.of(request);
        ProductForm parsed = ProductForm.parse(form, existing == null);
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(existing, form));
            return;
        }
        if (existing == null) {
            try {
                long id = service.create(user.username(), parsed);
                redirect(request, response, "/products/" + id, Flash.success("Product " + parsed.name() + " added."));
            } catch (IllegalStateException e) {
                form.error("offerId", e.getMessage());
                renderInvalid(request, response, TEMPLATE, model(null, form));
            }
            return;
        }
        ProductChange change;
        try {
            change = service.edit(user.username(), existing, parsed.details(), form.version());
        } catch (OptimisticLockException e) {
            renderConflict(request, response, form);
            return;
        }
        String back = request.getParameter("back");
        redirect(request, response, back != null && back.matches("/contracts/[0-9]+") ? back
                : "/products/" + existing.id(), saved(change));
    }

    private static Flash saved(ProductChange change) {
        String name = change.before().name();
        if (!change.any()) {
            return Flash.info("Nothing changed: " + name + " already has this name, price and cost.");
        }
        String repriced = change.repricedSubscriptions() == 0 ? "" : " " + change.repricedSubscriptions()
                + (change.repricedSubscriptions() == 1 ? " subscription" : " subscriptions")
                + " priced from it now " + (change.repricedSubscriptions() == 1 ? "has" : "have")
                + " a new price, from today.";
        if (!change.renamed()) {
            return Flash.success("Price of " + name + " saved." + repriced);
        }
        return Flash.success("Product " + name + " renamed to " + change.after().name()
                + (change.repriced() ? "; its price and cost are saved." : ".") + repriced);
    }

    /**
     * Someone saved the product since this page was opened: the form again with what was typed, the stored name and
     * amounts in the message and the current version, so saving again is a deliberate choice over the other person's.
     */
    private void renderConflict(HttpServletRequest request, HttpServletResponse response, FormModel form)
            throws IOException {
        Product current = load(request);
        ProductRow stored = ProductRow.of(current);
        form.with("version", current.version());
        String message = "Someone changed this product since this page was opened: it is now named " + current.name()
                 + ", with list price " + stored.price() + " and unit cost " + stored.cost() + ". What you typed is kept "
                + "below; check it and save again if it is still right.";
        pages.render(request, response, 409, TEMPLATE, model(current, form, message));
    }

    private static boolean isNew(HttpServletRequest request) {
        return request.getRequestURI().equals("/products/new");
    }

    private Product load(HttpServletRequest request) {
        return products.findById(idFromPath(request, 0)).orElseThrow(() -> HttpProblem.notFound("That product"));
    }

    private static Map<String, Object> model(Product product, FormModel form) {
        return model(product, form, "");
    }

    private static Map<String, Object> model(Product product, FormModel form, String conflict) {
        ProductFormPage page = product == null
                ? new ProductFormPage(true, "Add a product", "/products/new", null, TERMS, CYCLES, conflict)
                : new ProductFormPage(false, product.name(), "/products/" + product.id(), ProductRow.of(product),
                        TERMS, CYCLES, conflict);
        return Map.of("page", page, "form", form);
    }
}
