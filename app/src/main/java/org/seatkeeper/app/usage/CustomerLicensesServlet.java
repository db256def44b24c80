package org.seatkeeper.app.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.usage.CustomerTenant;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicenseRepository;

/** GET /customers/{id}/licenses: the customer's tenant link and license overview. */
final class CustomerLicensesServlet extends PageServlet {

    static final String TEMPLATE = "usage/customer.ftlh";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CustomerRepository customers;
    private final CustomerTenantRepository tenants;
    private final TenantLicenseRepository licenses;
    private final SkuMappingRepository mappings;
    private final LicenseSubscriptionRepository subscriptions;
    private final TenantChoices choices;
    private final LicenseUsageStarts starts;
    private final LicenseLinkLabels billing;

    CustomerLicensesServlet(PageSupport pages, CustomerRepository customers, CustomerTenantRepository tenants,
                            TenantLicenseRepository licenses, SkuMappingRepository mappings,
                            LicenseSubscriptionRepository subscriptions, TenantChoices choices, LicenseUsageStarts starts,
                            LicenseLinkLabels billing) {
        super(pages);
        this.customers = customers;
        this.tenants = tenants;
        this.licenses = licenses;
        this.mappings = mappings;
        this.subscriptions = subscriptions;
        this.choices = choices;
        this.starts = starts;
        this.billing = billing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long customerId = idFromPath(request, 1);
        render(request, response, TEMPLATE, model(request, customerId, null));
    }

    /** The page's model; {@code typed} is a refused link form to show again with its messages, else null. */
    Map<String, Object> model(HttpServletRequest request, long customerId, FormModel typed) {
        Customer customer = customers.find(customerId).orElseThrow(() -> HttpProblem.notFound("That customer"));
        CustomerTenant link = tenants.find(customerId).orElse(null);
        var partners = choices.partners();
        FormModel form = typed;
        if (form == null) {
            String tenant = link != null ? link.tenantId() : choices.tenants(customerId).keySet().stream().findFirst().orElse("");
            Long partner = link != null ? Long.valueOf(link.accessProviderId())
                    : choices.suggestedPartner(customerId, tenant).map(p -> p.id()).orElse(null);
            form = FormModel.empty().with("tenantId", tenant).with("accessProviderId", partner == null ? "" : partner)
                    .with("version", link == null ? 0 : link.version());
        }
        List<LicenseRow> rows = link == null ? List.of() : LicenseOverview.rows(licenses.licenses(customerId),
                licenses.usernames(customerId), mappings.list(), subscriptions.live(customerId), billing.of(customerId),
                billing.lastSyncs(customerId));
        String partnerName = link == null ? "" : partners.stream().filter(p -> p.id() == link.accessProviderId())
                .map(p -> p.name()).findFirst().orElse("provider #" + link.accessProviderId());
        CustomerLicensesPage page = new CustomerLicensesPage(customerId, customer.name(), user(request).canWrite(),
                link == null ? "" : link.tenantId(), partnerName,
                choices.tenants(customerId).entrySet().stream().map(e -> new CustomerLicensesPage.Option(e.getKey(), e.getValue())).toList(),
                partners.stream().map(p -> new CustomerLicensesPage.Option(Long.toString(p.id()), p.name())).toList(),
                link == null || link.usageReadAt() == null ? "never" : TIME.format(link.usageReadAt()),
                link == null || link.usageProblem() == null ? "" : link.usageProblem(), starts.runningFor(customerId), rows,
                rows.stream().filter(LicenseRow::present).mapToInt(LicenseRow::unassigned).sum(),
                link == null ? List.of() : billing.unlinked(customerId));
        return Map.of("page", page, "form", form);
    }
}
