package org.seatkeeper.app.customers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.customers.CustomerQuery;
import org.seatkeeper.db.customers.CustomerQuery.CustomerSort;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.paging.SortDirection;

/** GET /customers: search by name or domain, sort, page. */
final class CustomersServlet extends PageServlet {

    static final int PAGE_SIZE = 25;

    private final CustomerRepository customers;

    public CustomersServlet(PageSupport pages, CustomerRepository customers) {
        super(pages);
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = parameter(request, "q");
        boolean archived = "true".equals(request.getParameter("archived"));
        CustomerSort sort = parseSort(request.getParameter("sort"));
        SortDirection direction = "desc".equals(request.getParameter("dir")) ? SortDirection.DESC : SortDirection.ASC;
        CustomerQuery query = new CustomerQuery(q, archived, sort, direction);
        Paging paging = Paging.of(request, customers.count(query), PAGE_SIZE);
        List<CustomerRow> rows = customers.search(query, new PageRequest(paging.offset(), PAGE_SIZE)).items().stream()
                .map(CustomerRow::of).toList();
        List<CustomerListPage.SortLink> links = new ArrayList<>();
        for (CustomerSort column : CustomerSort.values()) {
            boolean active = column == sort;
            boolean nextDescending = active && direction == SortDirection.ASC;
            String href = "/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (archived ? "&archived=true" : "")
                    + "&sort=" + column.name().toLowerCase() + "&dir=" + (nextDescending ? "desc" : "asc");
            links.add(new CustomerListPage.SortLink(label(column), href, active, active && direction == SortDirection.DESC));
        }
        render(request, response, "customers/list.ftlh", Map.of("page", new CustomerListPage(q, archived, rows, paging, links)));
    }

    private static CustomerSort parseSort(String value) {
        for (CustomerSort sort : CustomerSort.values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return CustomerSort.NAME;
    }

    private static String label(CustomerSort sort) {
        return switch (sort) {
            case NAME -> "Name";
            case DOMAIN -> "Domain";
            case CREATED -> "Added";
        };
    }

    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}
