package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.Provider;

/** /onboarding/provider/{id}, step 2: "Provision account": the provider, and "first registration with it?". */
final class ProviderStepServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/provider.ftlh";

    private final Flows flows;
    private final ProviderChoices choices;
    private final OnboardingRepository onboardings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    ProviderStepServlet(PageSupport pages, Flows flows, ProviderChoices choices, OnboardingRepository onboardings,
                        AuditLog audit, Transactions transactions, Clock clock) {
        super(pages);
        this.flows = flows;
        this.choices = choices;
        this.onboardings = onboardings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Onboarding onboarding = flows.load(request);
        FormModel form = FormModel.empty().with("version", onboarding.version());
        if (onboarding.providerId() != null) {
            form.with("providerId", onboarding.providerId())
                    .with("firstRegistration", onboarding.path() == OnboardingPath.INVITATION ? "no" : "yes");
        }
        render(request, response, TEMPLATE, model(onboarding, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Onboarding onboarding = flows.load(request);
        FormModel form = FormModel.of(request);
        Provider provider = null;
        try {
            provider = choices.enabled(Long.parseLong(form.value("providerId"))).orElse(null);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (provider == null) {
            form.error("providerId", "Choose one of the enabled providers.");
        }
        String answer = form.value("firstRegistration");
        if (!answer.equals("yes") && !answer.equals("no")) {
            form.error("firstRegistration", "Answer: is this the customer's first registration with the provider?");
        }
        if (onboarding.tenantRequestId() != null) {
            form.error("providerId", "The tenant was already requested from " + onboarding.providerName()
                    + "; the provider cannot be changed any more.");
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(onboarding, form));
            return;
        }
        Provider chosen = provider;
        OnboardingPath path = choices.pathFor(chosen, answer.equals("yes"));
        transactions.run(() -> {
            onboardings.chooseProvider(onboarding.id(), chosen.id(), path, version(form, onboarding), clock.instant());
            audit.record(user.username(), AuditAction.CHOOSE_PROVIDER, AuditEntity.ONBOARDING, onboarding.id(), "Onboarding of "
                    + onboarding.customerName() + ": provider " + chosen.name() + ", path " + path);
        });
        switch (path) {
            case NEW_TENANT -> redirect(request, response, "/onboarding/tenant/" + onboarding.id(), null);
            case INVITATION -> redirect(request, response, "/onboarding/invitation/" + onboarding.id(), null);
            case MANUAL -> redirect(request, response, Flows.flowHref(onboarding.id()),
                    Flash.warning(chosen.name() + " cannot do this through its API. " + ProviderChoices.manualPath(chosen.name())));
        }
    }

    private static int version(FormModel form, Onboarding onboarding) {
        try {
            return Integer.parseInt(form.value("version"));
        } catch (NumberFormatException e) {
            return onboarding.version();
        }
    }

    private Map<String, Object> model(Onboarding onboarding, FormModel form) {
        List<ProviderOption> options = choices.options();
        return Map.of("page", Map.of("onboardingId", onboarding.id(), "customerName", onboarding.customerName(),
                "providers", options, "flowHref", Flows.flowHref(onboarding.id())), "form", form);
    }
}
