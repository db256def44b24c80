package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.LogCorrections;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/correction: a correcting event on a log that does not add up, manual or synced. A refusal
 * re-renders the page (422) with what was typed and the message by its field.
 */
final class CorrectionServlet extends PageServlet {

    private final LogCorrections corrections;
    private final Transactions transactions;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    CorrectionServlet(PageSupport pages, LogCorrections corrections, Transactions transactions,
                      SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages);
        this.corrections = corrections;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.view = view;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        int seenVersion = form.version();
        int seenLogSum;
        try {
            seenLogSum = Integer.parseInt(form.value("logSum"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
        LogCorrections.Correction correction = CorrectionForm.parse(form);
        if (correction != null) {
            try {
                String done = transactions.inTransaction(() -> corrections.correct(id, seenVersion, seenLogSum,
                        correction, user.username()));
                redirect(request, response, "/subscriptions/" + id, Flash.success(done));
                return;
            } catch (BillingRuleException e) {
                form.error(CorrectionForm.keyFor(e), e.getMessage());
            }
        }
        renderInvalid(request, response, SubscriptionServlet.TEMPLATE,
                SubscriptionServlet.model(subscriptions, view, id, form));
    }
}
