package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionOwner;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/** GET /subscriptions/{id}: terms, the decrease rule for today, the log check and the license change log. */
final class SubscriptionServlet extends PageServlet {

    static final String TEMPLATE = "subscriptions/detail.ftlh";

    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    SubscriptionServlet(PageSupport pages, SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages);
        this.subscriptions = subscriptions;
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, TEMPLATE, model(subscriptions, view, idFromPath(request, 0), FormModel.empty()));
    }

    static Map<String, Object> model(SubscriptionRepository subscriptions, SubscriptionView view, long id,
                                     FormModel form) {
        Subscription s = subscriptions.findById(id).orElseThrow(() -> HttpProblem.notFound("That subscription"));
        SubscriptionOwner owner = subscriptions.findOwner(id).orElseThrow();
        SubscriptionPage page = view.build(s, owner);
        // proposals for a form nobody filled in yet; a refused form keeps what was typed, even an emptied field
        if (!form.getValues().containsKey("effectiveDate")) {
            form.with("effectiveDate", page.today());
        }
        if (!form.getValues().containsKey("quantity")) {
            form.with("quantity", s.quantity());
        }
        if (!form.getValues().containsKey(TermsForm.PRODUCT)) {
            form.with(TermsForm.PRODUCT, s.productId() == null ? "" : s.productId())
                    .with(TermsForm.UNIT_PRICE, s.priceSetByPerson() && s.unitPrice() != null
                            ? s.unitPrice().stripTrailingZeros().toPlainString() : "")
                    .with(TermsForm.EFFECTIVE_DATE, s.effectiveDate() == null ? "" : s.effectiveDate())
                    .with(TermsForm.TERM_END, s.termEndDate() == null ? "" : s.termEndDate())
                    .with(TermsForm.PRICE_FROM, page.today());
        }
        if (!form.getValues().containsKey(CorrectionForm.QUANTITY) && page.logBroken()) {
            int needed = s.quantity() - page.logSum();
            form.with(CorrectionForm.TYPE, needed > 0 ? "INCREASE" : "DECREASE")
                    .with(CorrectionForm.QUANTITY, Math.abs(needed))
                    .with(CorrectionForm.DATE, page.today());
        }
        // the log's sum shown now, like the version: a correction made meanwhile is not stacked on this one
        form.with("logSum", page.logSum());
        // always the version shown now: after a refusal, the page shows the subscription as it is and may be resubmitted
        form.with("version", s.version());
        return Map.of("page", page, "form", form);
    }
}
