package org.seatkeeper.app.contracts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.contracts.BillingContractRepository;

/** GET /contracts: every billing contract with its customer; filterable to those a sync created (needs review). */
final class ContractsServlet extends PageServlet {

    private static final int PAGE_SIZE = 50;

    private final BillingContractRepository contracts;

    ContractsServlet(PageSupport pages, BillingContractRepository contracts) {
        super(pages);
        this.contracts = contracts;
    }

    public record Row(long id, String name, long customerId, String customer, String currency, String billing,
                      int subscriptions, int active, boolean needsReview, String status) {
    }

    public record ListPage(boolean needsReview, List<Row> rows, Paging paging) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean review = "true".equals(request.getParameter("needsReview"));
        Paging paging = Paging.of(request, contracts.count(null, review), PAGE_SIZE);
        List<Row> rows = contracts.list(null, review, paging.offset(), PAGE_SIZE).stream()
                .map(s -> new Row(s.contract().id(), s.contract().name(), s.contract().customerId(), s.customerName(),
                        s.contract().currency().strip(), s.contract().billingCycle().name().toLowerCase() + ", day "
                        + s.contract().billingDay(), s.subscriptions(), s.activeSubscriptions(),
                        s.contract().needsReview(), s.contract().status().name().toLowerCase()))
                .toList();
        render(request, response, "contracts/list.ftlh", Map.of("page", new ListPage(review, rows, paging)));
    }
}
