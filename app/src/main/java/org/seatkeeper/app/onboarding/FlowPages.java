package org.seatkeeper.app.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.db.onboarding.Invitation;
import org.seatkeeper.db.onboarding.InvitationRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingPath;

/** The overview of one onboarding: each step's state and the link that continues it, decided here, not in the page. */
final class FlowPages {

    private final InvitationRepository invitations;

    FlowPages(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    Map<String, Object> model(Onboarding o, boolean canWrite) {
        long id = o.id();
        List<Invitation> sent = invitations.byOnboarding(id);
        List<StepRow> steps = new ArrayList<>();
        steps.add(new StepRow("1. Customer", "done", "ok", o.customerName() + " and its primary contact", "", ""));
        steps.add(o.providerId() == null
                ? new StepRow("2. Provision account", "to do", "warn", "Choose the provider and answer "
                        + "\"first registration with this provider?\"", "/onboarding/provider/" + id, "Choose the provider")
                : new StepRow("2. Provision account", "done", "ok", o.providerName() + ", " + Display.path(o.path()),
                        o.tenantRequestId() == null ? "/onboarding/provider/" + id : "", "Change"));
        steps.add(tenantStep(o, sent));
        steps.add(o.contractId() == null
                ? new StepRow("4. Billing contract", "to do", "warn", "Create the contract, then add subscriptions.",
                        o.providerId() == null ? "" : "/onboarding/contract/" + id, "Create the billing contract")
                : new StepRow("4. Billing contract", "done", "ok", "Automatic subscriptions appear with the next sync.",
                        "/onboarding/subscriptions/" + id, "Add subscriptions"));
        Map<String, Object> page = new HashMap<>();
        page.put("id", id);
        page.put("title", "Onboarding " + o.customerName());
        page.put("stage", Display.stage(o.stage()));
        page.put("stageKind", Display.stageKind(o.stage()));
        page.put("steps", steps);
        page.put("invitations", sent.stream().map(Display::invitation).toList());
        page.put("canWrite", canWrite);
        page.put("credentialsHref", o.hasAdminPassword() ? "/onboarding/credentials/" + id : "");
        return page;
    }

    private static StepRow tenantStep(Onboarding o, List<Invitation> sent) {
        String title = "3. Tenant";
        long id = o.id();
        if (o.path() == null) {
            return new StepRow(title, "waiting", "muted", "After the provider is chosen.", "", "");
        }
        if (o.path() == OnboardingPath.MANUAL) {
            return new StepRow(title, o.providerAccountId() == null ? "manual" : "done",
                    o.providerAccountId() == null ? "warn" : "ok", ProviderChoices.manualPath(o.providerName()), "", "");
        }
        if (o.path() == OnboardingPath.NEW_TENANT) {
            if (o.providerAccountId() != null) {
                return new StepRow(title, "done", "ok", "Tenant " + o.tenantDomain() + " created, agreement recorded, "
                        + "provider account mapped.", "", "");
            }
            return new StepRow(title, "to do", "warn", o.tenantCreated() ? "Tenant " + o.tenantDomain()
                    + " created; finish the agreement and the account." : "Company details, domain, address, agreement.",
                    "/onboarding/tenant/" + id, o.tenantCreated() ? "Finish" : "Create the tenant");
        }
        if (sent.isEmpty()) {
            return new StepRow(title, "to do", "warn", "Mail the reseller relationship invitation.",
                    "/onboarding/invitation/" + id, "Write the invitation");
        }
        Invitation last = sent.get(sent.size() - 1);
        if (!last.accepted() && "PENDING".equals(last.mailStatus())) {
            return new StepRow(title, "invited", "warn", "Invitation to " + last.recipient() + " recorded on "
                    + Display.date(last.sentAt()) + "; its mail is waiting in the Outbox (not sent yet).", "/outbox",
                    "Open the Outbox");
        }
        if (!last.accepted() && "FAILED".equals(last.mailStatus())) {
            return new StepRow(title, "invited", "bad", "The invitation mail to " + last.recipient()
                    + " failed: retry it in the Outbox, or resend it below.", "/outbox", "Open the Outbox");
        }
        if (!last.accepted()) {
            return new StepRow(title, "invited", "info", "Invitation sent to " + last.recipient() + " on "
                    + Display.date(last.sentAt()) + ". The next provider account sync notices the acceptance.", "", "");
        }
        return new StepRow(title, "accepted", last.needsMapping() ? "warn" : "ok", last.needsMapping()
                ? "Accepted; the provider account could not be mapped automatically." : "Accepted; provider account mapped.",
                last.needsMapping() ? "/provider-accounts/" + last.providerAccountId() : "",
                last.needsMapping() ? "Map the provider account" : "");
    }
}
