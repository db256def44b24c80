package org.seatkeeper.app.psabilling;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.psabilling.BillingProfileRepository;

/** GET/POST /psa/billing-profiles/new and /psa/billing-profiles/{id}: create or edit a billing profile (staff). */
final class BillingProfileFormServlet extends PageServlet {

    private static final String TEMPLATE = "psa/billing-profile-form.ftlh";

    private final BillingProfileRepository profiles;
    private final BillingProfiles service;
    private final BillingProfileChoices choices;
    private final DefaultCurrency currency;

    BillingProfileFormServlet(PageSupport pages, BillingProfileRepository profiles, BillingProfiles service,
                              BillingProfileChoices choices, DefaultCurrency currency) {
        super(pages);
        this.profiles = profiles;
        this.service = service;
        this.choices = choices;
        this.currency = currency;
    }

    /** The currency a new profile starts with: the PSA connection's. */
    @FunctionalInterface
    interface DefaultCurrency {
        String get();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Long id = id(request);
        FormModel form = id == null ? FormModel.empty().with("version", 0).with("currency", currency.get())
                : BillingProfileForm.of(profiles.find(id).orElseThrow(() -> HttpProblem.notFound("That billing profile")));
        render(request, response, TEMPLATE, model(request, id, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Long id = id(request);
        if (id != null) {
            profiles.find(id).orElseThrow(() -> HttpProblem.notFound("That billing profile"));
        }
        FormModel form = BillingProfileForm.read(request);
        BillingProfileForm typed = BillingProfileForm.parse(form);
        Long saved = form.hasErrors() ? null : service.save(user.username(), id, typed, form);
        if (saved == null) {
            renderInvalid(request, response, TEMPLATE, model(request, id, form));
            return;
        }
        redirect(request, response, BillingProfilesServlet.PATH, Flash.success("Billing profile " + typed.name() + " saved."));
    }

    private Map<String, Object> model(HttpServletRequest request, Long id, FormModel form) {
        return Map.of("form", form, "page", choices.page(id == null ? "New billing profile" : "Edit billing profile",
                request.getRequestURI(), form));
    }

    private static Long id(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/new") ? null : idFromPath(request, 0);
    }
}
