package org.seatkeeper.app.onboarding;

import static org.seatkeeper.db.jooq.Tables.RELATIONSHIP_INVITATION;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.onboarding.NewInvitation;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.providers.Provider;

/**
 * /onboarding/invitation/{id}, step 3 "No": the provider's reseller relationship link in a mail the user reviews,
 * to the contact the user picks; sending records the invitation as SENT.
 */
final class InvitationStepServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/invitation.ftlh";
    private static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final Flows flows;
    private final InvitationDrafts drafts;
    private final Invitations invitations;

    InvitationStepServlet(PageSupport pages, Flows flows, InvitationDrafts drafts, Invitations invitations) {
        super(pages);
        this.flows = flows;
        this.drafts = drafts;
        this.invitations = invitations;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Onboarding onboarding = flows.load(request);
        if (onboarding.path() != OnboardingPath.INVITATION) {
            redirect(request, response, Flows.flowHref(onboarding.id()), null);
            return;
        }
        Provider provider = flows.provider(onboarding);
        FormModel problems = FormModel.empty();
        Optional<String> url = drafts.invitationUrl(provider, problems);
        FormModel form = drafts.initial(onboarding, url.orElse(null));
        problems.getErrors().forEach(form::error);
        render(request, response, TEMPLATE, model(onboarding, provider, form, url.orElse("")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Onboarding onboarding = flows.load(request);
        Provider provider = flows.provider(onboarding);
        FormModel form = FormModel.of(request);
        Optional<Contact> contact = drafts.contact(onboarding.customerId(), form.value("contactId"));
        if (contact.isEmpty()) {
            form.error("contactId", "Choose the contact who receives the invitation.");
        }
        String domain = form.value("tenantDomain");
        if (!domain.isEmpty() && !domain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            form.error("tenantDomain", "Enter the tenant's domain, e.g. contoso.onmicrosoft.com, or leave it empty.");
        }
        String tenantId = form.value("tenantId");
        if (!tenantId.isEmpty() && !tenantId.matches(GUID)) {
            form.error("tenantId", "A tenant id looks like 3f2504e0-4f89-11d3-9a0c-0305e82c3301, or leave it empty.");
        }
        if (form.value("subject").isEmpty()) {
            form.error("subject", "Enter the mail's subject.");
        } else if (form.value("subject").matches("(?s).*[\\r\\n].*")) {
            form.error("subject", "The subject is one line.");
        }
        // relationship_invitation's widths (the body is a LONGVARCHAR)
        FieldLimits.atMost(form, "tenantDomain", RELATIONSHIP_INVITATION.TENANT_DOMAIN);
        FieldLimits.atMost(form, "subject", RELATIONSHIP_INVITATION.SUBJECT);
        Optional<String> url = drafts.invitationUrl(provider, form);
        if (url.isPresent() && !form.value("body").contains(url.get())) {
            form.error("body", "Keep the invitation link in the text: " + url.get());
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(onboarding, provider, form, url.orElse("")));
            return;
        }
        String recipient = contact.get().details().email();
        boolean sent = invitations.send(user.username(), new NewInvitation(onboarding.id(), onboarding.customerId(),
                provider.id(), contact.get().id(), recipient, domain, tenantId, url.get(), form.value("subject"),
                form.value("body")), onboarding.customerName());
        redirect(request, response, Flows.flowHref(onboarding.id()), sent
                ? Flash.success("Invitation mailed to " + recipient + ". The next provider account sync notices when "
                        + onboarding.customerName() + " accepts it.")
                : Flash.warning("Invitation recorded and queued for " + recipient + ", but not sent yet: check the "
                        + "Outbox and the mail settings."));
    }

    private Map<String, Object> model(Onboarding onboarding, Provider provider, FormModel form, String url) {
        Map<String, Object> page = new HashMap<>();
        page.put("onboardingId", onboarding.id());
        page.put("customerName", onboarding.customerName());
        page.put("providerName", provider.name());
        page.put("invitationUrl", url);
        page.put("canSend", !url.isEmpty());
        page.put("contacts", drafts.contactOptions(onboarding.customerId()));
        page.put("action", "/onboarding/invitation/" + onboarding.id());
        page.put("flowHref", Flows.flowHref(onboarding.id()));
        return Map.of("page", page, "form", form);
    }
}
