package org.seatkeeper.app.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.db.usage.CustomerTenantRepository;

/**
 * GET /licenses: every customer linked to its tenant, with its licenses, idle seats and last read; POST reads the
 * license usage of all of them (the license usage job).
 */
final class LinkedTenantsServlet extends PageServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CustomerTenantRepository tenants;
    private final LicenseUsageStarts starts;

    LinkedTenantsServlet(PageSupport pages, CustomerTenantRepository tenants, LicenseUsageStarts starts) {
        super(pages);
        this.tenants = tenants;
        this.starts = starts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var rows = tenants.list().stream().map(t -> new LinkedTenantRow(t.customerId(), t.customerName(), t.tenantId(),
                t.accessProviderName(), t.usageReadAt() == null ? "never" : TIME.format(t.usageReadAt()),
                t.usageProblem() == null ? "" : t.usageProblem(), t.licenses(), t.unassigned())).toList();
        render(request, response, "usage/licenses.ftlh", Map.of("rows", rows, "canWrite", user(request).canWrite()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        try {
            var start = starts.forEveryone(user.username());
            redirect(request, response, "/licenses", Flash.success("Reading the licenses of every linked customer (run #"
                    + start.executionId() + "). The Jobs page shows its progress."));
        } catch (JobRefusedException e) {
            redirect(request, response, "/licenses", Flash.error(e.getMessage()));
        }
    }
}
