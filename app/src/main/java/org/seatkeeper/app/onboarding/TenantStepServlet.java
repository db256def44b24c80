package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.agreements.AgreementTemplate;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.providers.connector.PostalAddress;

/**
 * /onboarding/tenant/{id}, step 3 "Yes": a brand-new tenant. "Check" runs the provider's checks; picking a suggested
 * address fills it in; "Create tenant" checks again, creates the tenant, records the agreement and maps the account,
 * then shows the admin credentials once.
 */
final class TenantStepServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/tenant.ftlh";

    private final Flows flows;
    private final TenantPages pages;
    private final TenantChecks checks;
    private final TenantProvisioning provisioning;
    private final ProvisioningCompletion completion;

    TenantStepServlet(PageSupport support, Flows flows, TenantPages pages, TenantChecks checks,
                      TenantProvisioning provisioning, ProvisioningCompletion completion) {
        super(support);
        this.flows = flows;
        this.pages = pages;
        this.checks = checks;
        this.provisioning = provisioning;
        this.completion = completion;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Onboarding onboarding = flows.load(request);
        if (onboarding.path() != OnboardingPath.NEW_TENANT || onboarding.providerAccountId() != null) {
            redirect(request, response, Flows.flowHref(onboarding.id()), null);
            return;
        }
        Provider provider = flows.provider(onboarding);
        render(request, response, TEMPLATE, pages.model(onboarding, provider, pages.initial(onboarding, provider),
                List.of(), null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Onboarding onboarding = flows.load(request);
        Provider provider = flows.provider(onboarding);
        FormModel form = FormModel.of(request);
        if (!form.value("suggestion").isEmpty()) {
            useSuggestion(request, response, onboarding, provider, form);
            return;
        }
        TenantForm tenant = TenantForm.parse(form, provider.name(), provider.countries(), pages.today());
        Optional<Contact> contact = pages.contact(onboarding, form.value("contactId"));
        Optional<AgreementTemplate> template = pages.template(form.value("templateId"));
        if (contact.isEmpty()) {
            form.error("contactId", "Choose one of the customer's contacts.");
        }
        if (template.isEmpty()) {
            form.error("templateId", "Choose one of the agreement templates.");
        }
        List<PostalAddress> suggestions = tenant == null || form.hasErrors() || onboarding.tenantCreated()
                ? List.of() : checks.check(provider, tenant, form);
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, pages.model(onboarding, provider, form, suggestions, null));
            return;
        }
        // only the "Create the tenant" button creates one: anything else (a crafted or cut-off form) just checks
        if (!"create".equals(form.value("action"))) {
            render(request, response, TEMPLATE, pages.model(onboarding, provider, form, List.of(),
                    provider.name() + " accepts the address, the domain " + tenant.domain() + " is free and the "
                            + "country's rules are met. Create the tenant when ready."));
            return;
        }
        Contact c = contact.get();
        TenantProvisioning.ContactLine line = new TenantProvisioning.ContactLine(c.id(), c.details().firstName(),
                c.details().lastName(), c.details().email(), c.details().phone());
        Onboarding created;
        try {
            created = provisioning.createTenant(user.username(), onboarding, provider, tenant, line);
        } catch (RuntimeException e) {
            if (!ProviderProblems.isReportable(e)) {
                throw e;
            }
            ProviderProblems.report(form, e, "domainPrefix");
            renderInvalid(request, response, TEMPLATE, pages.model(onboarding, provider, form, List.of(), null));
            return;
        }
        String warnings = completion.complete(user.username(), created, provider, line, template.get(),
                tenant.dateSigned(), tenant.companyName(), tenant.address().country());
        redirect(request, response, "/onboarding/credentials/" + onboarding.id(), warnings.isEmpty()
                ? Flash.success("Tenant " + created.tenantDomain() + " created at " + provider.name()
                        + ", the agreement recorded and the provider account mapped to " + onboarding.customerName() + ".")
                : Flash.warning("Tenant " + created.tenantDomain() + " created. " + warnings));
    }

    private void useSuggestion(HttpServletRequest request, HttpServletResponse response, Onboarding onboarding,
                               Provider provider, FormModel form) throws IOException {
        List<PostalAddress> suggestions = checks.suggestions(provider, TenantForm.typedAddress(form), form);
        int index;
        try {
            index = Integer.parseInt(form.value("suggestion"));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= suggestions.size()) {
            form.error("addressLine1", provider.name() + " no longer suggests that address; check the address again.");
            renderInvalid(request, response, TEMPLATE, pages.model(onboarding, provider, form, suggestions, null));
            return;
        }
        TenantForm.fill(form, suggestions.get(index));
        render(request, response, TEMPLATE, pages.model(onboarding, provider, form, List.of(),
                "The address is now " + provider.name() + "'s suggestion. Check it, then create the tenant."));
    }
}
