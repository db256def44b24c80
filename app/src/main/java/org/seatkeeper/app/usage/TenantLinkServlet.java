package org.seatkeeper.app.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.db.customers.CustomerRepository;

/** POST /customers/{id}/licenses/tenant: links the customer to a tenant, then reads its licenses. */
final class TenantLinkServlet extends PageServlet {

    private final CustomerRepository customers;
    private final TenantLinks links;
    private final LicenseUsageStarts starts;
    private final CustomerLicensesServlet page;

    TenantLinkServlet(PageSupport pages, CustomerRepository customers, TenantLinks links, LicenseUsageStarts starts,
                      CustomerLicensesServlet page) {
        super(pages);
        this.customers = customers;
        this.links = links;
        this.starts = starts;
        this.page = page;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long customerId = idFromPath(request, 2);
        customers.find(customerId).orElseThrow(() -> HttpProblem.notFound("That customer"));
        FormModel form = FormModel.of(request);
        if (!links.link(user.username(), customerId, form)) {
            renderInvalid(request, response, CustomerLicensesServlet.TEMPLATE, page.model(request, customerId, form));
            return;
        }
        String location = "/customers/" + customerId + "/licenses";
        try {
            starts.forCustomer(customerId, user.username());
            redirect(request, response, location, Flash.success("Tenant linked. Its licenses are being read now."));
        } catch (JobRefusedException e) {
            redirect(request, response, location, Flash.warning("Tenant linked. " + e.getMessage()));
        }
    }
}
