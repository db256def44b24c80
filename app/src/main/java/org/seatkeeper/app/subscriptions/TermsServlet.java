package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.TermsEdits;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/terms: re-points the subscription's product, sets or releases its unit price, corrects its
 * effective date and term end, only if it is still as the page showed it. A refusal re-renders the page (422) with
 * what was typed and the message by its field.
 */
final class TermsServlet extends SubscriptionActionServlet {

    private final TermsEdits edits;
    private final ProductRepository products;

    TermsServlet(PageSupport pages, TermsEdits edits, Transactions transactions, ProductRepository products,
                 SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages, transactions, subscriptions, view);
        this.edits = edits;
        this.products = products;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        int seenVersion = form.version();
        TermsEdits.Change change = TermsForm.parse(form, products);
        try {
            if (change != null && applied(request, response, id, form,
                    () -> edits.apply(id, seenVersion, change, user.username()), TermsForm::keyFor)) {
                return;
            }
        } catch (OptimisticLockException e) {
            form.error(TermsForm.GENERAL, e.getMessage());
        }
        showAgain(request, response, id, form);
    }
}
