package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
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
final class TermsServlet extends PageServlet {

    private final TermsEdits edits;
    private final Transactions transactions;
    private final ProductRepository products;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    TermsServlet(PageSupport pages, TermsEdits edits, Transactions transactions, ProductRepository products,
                 SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages);
        this.edits = edits;
        this.transactions = transactions;
        this.products = products;
        this.subscriptions = subscriptions;
        this.view = view;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        int seenVersion = form.version();
        TermsEdits.Change change = TermsForm.parse(form, products);
        if (change != null) {
            try {
                String done = transactions.inTransaction(() -> edits.apply(id, seenVersion, change,
                        user.username()));
                redirect(request, response, "/subscriptions/" + id, Flash.success(done));
                return;
            } catch (BillingRuleException e) {
                form.error(TermsForm.keyFor(e), e.getMessage());
            } catch (OptimisticLockException e) {
                form.error(TermsForm.GENERAL, e.getMessage());
            }
        }
        renderInvalid(request, response, SubscriptionServlet.TEMPLATE,
                SubscriptionServlet.model(subscriptions, view, id, form));
    }
}
