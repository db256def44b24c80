package org.seatkeeper.app.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;

/** GET /products: the catalog, searchable, filterable to the products whose price is missing. */
final class ProductsServlet extends PageServlet {

    private static final int PAGE_SIZE = 50;

    private final ProductRepository products;

    public ProductsServlet(PageSupport pages, ProductRepository products) {
        super(pages);
        this.products = products;
    }

    /** @param q the search text; @param priceMissing the filter is on */
    public record ProductListPage(String q, boolean priceMissing, int missingCount, List<ProductRow> rows,
                                  Paging paging) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").trim();
        boolean missing = "true".equals(request.getParameter("priceMissing"));
        ProductFilter filter = new ProductFilter(q, null, missing);
        Paging paging = Paging.of(request, products.count(filter), PAGE_SIZE);
        List<ProductRow> rows = products.search(filter, paging.offset(), PAGE_SIZE).stream().map(ProductRow::of).toList();
        render(request, response, "catalog/list.ftlh", Map.of("page", new ProductListPage(q, missing,
                products.count(new ProductFilter(null, null, true)), rows, paging)));
    }
}
