package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.ReplacementPlan;
import org.seatkeeper.billing.subscriptions.ReplacementResult;
import org.seatkeeper.billing.subscriptions.SubscriptionReplacement;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.contracts.ReplacementCandidate;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionOwner;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * /subscriptions/{id}/replace: pick the automatic subscription (same product suggested), see the preview of every
 * change (GET with ?automatic=), then apply it in one transaction (POST) and land on the automatic subscription,
 * whose page shows the mismatch check. Refusals are shown with the reason and what to do instead.
 */
final class ReplacementServlet extends PageServlet {

    private static final String TEMPLATE = "subscriptions/replace.ftlh";

    private final SubscriptionReplacement replacement;
    private final SubscriptionRepository subscriptions;
    private final BillingViews views;

    ReplacementServlet(PageSupport pages, SubscriptionReplacement replacement, SubscriptionRepository subscriptions,
                       BillingViews views) {
        super(pages);
        this.replacement = replacement;
        this.subscriptions = subscriptions;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        long manualId = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        render(request, response, TEMPLATE, model(manualId, form, null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long manualId = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        Long automaticId = automatic(form);
        if (automaticId == null) {
            form.error("automatic", "Pick the automatic subscription that replaces this one.");
            renderInvalid(request, response, TEMPLATE, model(manualId, form, null));
            return;
        }
        boolean invoice = "true".equals(form.value("invoiceDeactivation"));
        try {
            if (replacement.preview(manualId, automaticId, invoice).differentProducts()
                    && !"true".equals(form.value("differentProductConfirmed"))) {
                form.error("differentProductConfirmed", "Tick this to replace the subscription with one for another"
                        + " product.");
                renderInvalid(request, response, TEMPLATE, model(manualId, form, null));
                return;
            }
            ReplacementResult result = replacement.apply(manualId, automaticId, invoice, user.username());
            String message = "Replaced manual subscription #" + manualId + " with #" + automaticId + ". "
                    + (result.addsUp() ? "The log adds up to the provider's quantity of " + result.providerQuantity()
                    + "." : "License mismatch: the log adds up to " + result.automaticLogSum()
                    + " but the provider says " + result.providerQuantity() + ". Correct it with an event.");
            redirect(request, response, "/subscriptions/" + automaticId,
                    result.addsUp() ? Flash.success(message) : Flash.warning(message));
        } catch (BillingRuleException e) {
            renderInvalid(request, response, TEMPLATE, model(manualId, form, e.getMessage()));
        }
    }

    private Map<String, Object> model(long manualId, FormModel form, String refusal) {
        Subscription manual = subscriptions.findById(manualId)
                .orElseThrow(() -> HttpProblem.notFound("That subscription"));
        SubscriptionOwner owner = subscriptions.findOwner(manualId).orElseThrow();
        List<ReplacementCandidate> found = new ArrayList<>(views.automaticSubscriptionsOf(owner.customerId()));
        found.sort(Comparator.comparing((ReplacementCandidate c) -> !sameProduct(c, manual)));
        List<ReplacementPage.Candidate> candidates = found.stream().map(c -> new ReplacementPage.Candidate(c.id(),
                c.name() + " (#" + c.id() + ", " + c.providerName() + ", " + org.seatkeeper.app.web.Words.count(c.quantity(), "license", "licenses") + ", "
                        + c.status().toLowerCase() + ")", sameProduct(c, manual))).toList();
        Long automaticId = automatic(form);
        if (automaticId == null && !candidates.isEmpty() && candidates.get(0).suggested()) {
            form.with("automatic", candidates.get(0).id());
        }
        boolean invoice = "true".equals(form.value("invoiceDeactivation"));
        List<String> steps = List.of();
        String productWarning = "";
        if (automaticId != null && refusal == null) {
            try {
                ReplacementPlan plan = replacement.preview(manualId, automaticId, invoice);
                steps = plan.steps();
                productWarning = plan.productWarning();
            } catch (BillingRuleException e) {
                refusal = e.getMessage();
            }
        }
        return Map.of("page", new ReplacementPage(manualId, manual.name(), owner.customerName(), candidates,
                automaticId, steps, refusal == null ? "" : refusal, invoice, productWarning), "form", form);
    }

    private static boolean sameProduct(ReplacementCandidate c, Subscription manual) {
        return c.productId() != null && c.productId().equals(manual.productId())
                || c.name().equalsIgnoreCase(manual.name());
    }

    private static Long automatic(FormModel form) {
        try {
            return Long.valueOf(form.value("automatic"));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
