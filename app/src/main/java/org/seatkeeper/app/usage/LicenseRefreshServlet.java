package org.seatkeeper.app.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.db.usage.CustomerTenantRepository;

/** POST /customers/{id}/licenses/refresh: reads this customer's tenant licenses now (the license usage job). */
final class LicenseRefreshServlet extends PageServlet {

    private final CustomerTenantRepository tenants;
    private final LicenseUsageStarts starts;

    LicenseRefreshServlet(PageSupport pages, CustomerTenantRepository tenants, LicenseUsageStarts starts) {
        super(pages);
        this.tenants = tenants;
        this.starts = starts;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long customerId = idFromPath(request, 2);
        String location = "/customers/" + customerId + "/licenses";
        if (tenants.find(customerId).isEmpty()) {
            throw HttpProblem.badRequest("Link the customer to its tenant first.");
        }
        try {
            var start = starts.forCustomer(customerId, user.username());
            redirect(request, response, location, Flash.success("Reading the tenant's licenses (run #" + start.executionId() + ")."));
        } catch (JobRefusedException e) {
            redirect(request, response, location, Flash.error(e.getMessage()));
        }
    }
}
