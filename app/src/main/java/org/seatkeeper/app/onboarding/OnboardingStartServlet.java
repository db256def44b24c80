package org.seatkeeper.app.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.customers.CustomerQuery;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.PageRequest;

/** /onboarding/new, step 1: create the customer with its primary contact, or start from an existing customer. */
final class OnboardingStartServlet extends PageServlet {

    private static final String TEMPLATE = "onboarding/start.ftlh";

    private final CustomerStep step;
    private final CustomerRepository customers;

    public OnboardingStartServlet(PageSupport pages, CustomerStep step, CustomerRepository customers) {
        super(pages);
        this.step = step;
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        render(request, response, TEMPLATE, model(FormModel.empty()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        FormModel form = FormModel.of(request);
        if ("existing".equals(form.value("mode"))) {
            startFromExisting(request, response, user, form);
            return;
        }
        NewCustomerForm parsed = NewCustomerForm.parse(form);
        if (parsed == null) {
            renderInvalid(request, response, TEMPLATE, model(form));
            return;
        }
        long id = step.createCustomer(user.username(), parsed);
        redirect(request, response, Flows.flowHref(id), Flash.success("Customer " + parsed.customer().name()
                + " created. Next: provision its account with a provider."));
    }

    private void startFromExisting(HttpServletRequest request, HttpServletResponse response, SessionUser user,
                                   FormModel form) throws IOException {
        long customerId;
        try {
            customerId = Long.parseLong(form.value("customerId"));
        } catch (NumberFormatException e) {
            form.error("customerId", "Choose a customer.");
            renderInvalid(request, response, TEMPLATE, model(form));
            return;
        }
        try {
            long id = step.startFromExisting(user.username(), customerId);
            redirect(request, response, Flows.flowHref(id), null);
        } catch (CustomerStep.RefusedException e) {
            form.error("customerId", e.getMessage());
            renderInvalid(request, response, TEMPLATE, model(form));
        }
    }

    private Map<String, Object> model(FormModel form) {
        List<Map<String, String>> options = customers.search(CustomerQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT))
                .items().stream()
                .map(c -> Map.of("value", String.valueOf(c.id()), "label", c.name()))
                .toList();
        return Map.of("page", Map.of("customers", options), "form", form);
    }
}
