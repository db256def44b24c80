package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.LogCorrections;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/correction: a correcting event on a log that does not add up, manual or synced. A refusal
 * re-renders the page (422) with what was typed and the message by its field.
 */
final class CorrectionServlet extends SubscriptionActionServlet {

    private final LogCorrections corrections;

    CorrectionServlet(PageSupport pages, LogCorrections corrections, Transactions transactions,
                      SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages, transactions, subscriptions, view);
        this.corrections = corrections;
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
        if (correction != null && applied(request, response, id, form,
                () -> corrections.correct(id, seenVersion, seenLogSum, correction, user.username()),
                CorrectionForm::keyFor)) {
            return;
        }
        showAgain(request, response, id, form);
    }
}
