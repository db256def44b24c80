package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.QuantityRules;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.onboarding.Onboarding;

/** /onboarding/subscriptions/{id}: adds manual subscriptions (product, quantity, effective date) to the new contract. */
final class SubscriptionStepServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/subscriptions.ftlh";

    private final Flows flows;
    private final SubscriptionStep step;
    private final Clock clock;

    SubscriptionStepServlet(PageSupport pages, Flows flows, SubscriptionStep step, Clock clock) {
        super(pages);
        this.flows = flows;
        this.step = step;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Onboarding onboarding = flows.load(request);
        if (onboarding.contractId() == null) {
            redirect(request, response, "/onboarding/contract/" + onboarding.id(), null);
            return;
        }
        FormModel form = FormModel.empty().with("quantity", 1).with("effectiveDate", LocalDate.now(clock));
        render(request, response, TEMPLATE, model(onboarding, step.contract(onboarding.contractId()), form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Onboarding onboarding = flows.load(request);
        if (onboarding.contractId() == null) {
            redirect(request, response, "/onboarding/contract/" + onboarding.id(), Flash.warning("Create the billing contract first."));
            return;
        }
        BillingContract contract = step.contract(onboarding.contractId());
        FormModel form = FormModel.of(request);
        long productId = parseLong(form, "productId", "Choose a product.");
        long typed = parseLong(form, "quantity", "Enter the number of licenses, e.g. 10.");
        int quantity = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, typed));
        if (!form.getErrors().containsKey("quantity")) {
            QuantityRules.refusalForNew(quantity).ifPresent(refusal -> form.error("quantity", refusal));
        }
        LocalDate effective = null;
        try {
            effective = DateInput.parse(form.value("effectiveDate"));
        } catch (DateTimeParseException e) {
            form.error("effectiveDate", "Enter the date the subscription starts, as YYYY-MM-DD.");
        }
        if (!form.hasErrors()) {
            try {
                step.add(user.username(), contract, productId, quantity, effective);
                redirect(request, response, "/onboarding/subscriptions/" + onboarding.id(),
                        Flash.success("Subscription added with its create event."));
                return;
            } catch (SubscriptionStep.RefusedException e) {
                form.error("productId", e.getMessage());
            } catch (BillingRuleException e) {
                form.error("quantity", e.getMessage());
            }
        }
        renderInvalid(request, response, TEMPLATE, model(onboarding, contract, form));
    }

    private static long parseLong(FormModel form, String field, String message) {
        try {
            return Long.parseLong(form.value(field));
        } catch (NumberFormatException e) {
            form.error(field, message);
            return 0;
        }
    }

    private Map<String, Object> model(Onboarding onboarding, BillingContract contract, FormModel form) {
        Map<String, Object> page = new HashMap<>();
        page.put("customerName", onboarding.customerName());
        page.put("contractName", contract.name());
        page.put("currency", contract.currency());
        page.put("providerName", onboarding.providerName() == null ? "the provider" : onboarding.providerName());
        page.put("products", step.productOptions(contract.currency()));
        page.put("canAddManual", step.manualProviderEnabled());
        page.put("otherCurrencyProducts", step.productsInOtherCurrencies(contract.currency()));
        page.put("lines", step.lines(contract.id()));
        page.put("action", "/onboarding/subscriptions/" + onboarding.id());
        page.put("flowHref", Flows.flowHref(onboarding.id()));
        return Map.of("page", page, "form", form);
    }
}
