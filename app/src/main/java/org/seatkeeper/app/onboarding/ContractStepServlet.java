package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.contracts.ContractForm;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.onboarding.Onboarding;

/** /onboarding/contract/{id}, step 4: the billing contract (currency from the provider, cycle, start date). */
final class ContractStepServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/contract.ftlh";

    private final Flows flows;
    private final ContractStep step;

    ContractStepServlet(PageSupport pages, Flows flows, ContractStep step) {
        super(pages);
        this.flows = flows;
        this.step = step;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Onboarding onboarding = flows.load(request);
        if (onboarding.contractId() != null) {
            redirect(request, response, "/onboarding/subscriptions/" + onboarding.id(), null);
            return;
        }
        String currency = flows.provider(onboarding).currency();
        render(request, response, TEMPLATE, model(onboarding, currency, step.initial(onboarding, currency)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Onboarding onboarding = flows.load(request);
        String currency = flows.provider(onboarding).currency();
        FormModel form = FormModel.of(request);
        if (onboarding.contractId() != null) {
            redirect(request, response, "/onboarding/subscriptions/" + onboarding.id(),
                    Flash.warning("This onboarding already has its billing contract."));
            return;
        }
        ContractTerms terms = ContractForm.parseTerms(form, currency);
        if (terms == null) {
            renderInvalid(request, response, TEMPLATE, model(onboarding, currency, form));
            return;
        }
        step.create(user.username(), onboarding, terms);
        redirect(request, response, "/onboarding/subscriptions/" + onboarding.id(),
                Flash.success("Billing contract \"" + terms.name() + "\" created. Add the subscriptions next."));
    }

    private static Map<String, Object> model(Onboarding onboarding, String currency, FormModel form) {
        return Map.of("page", Map.of("customerName", onboarding.customerName(), "currency", currency,
                "cycles", ContractForm.CYCLES, "action", "/onboarding/contract/" + onboarding.id(),
                "flowHref", Flows.flowHref(onboarding.id())), "form", form);
    }
}
