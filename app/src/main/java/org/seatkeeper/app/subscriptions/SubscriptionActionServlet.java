package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * A form on the subscription page (a quantity change, a correction, a terms edit, an archive): the change runs in one
 * transaction and goes back to the subscription with what was done; a billing rule's refusal shows the page again
 * (422) with the reason by its field and what was typed. The four forms differ only in what they parse and call.
 */
abstract class SubscriptionActionServlet extends PageServlet {

    private final Transactions transactions;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    SubscriptionActionServlet(PageSupport pages, Transactions transactions, SubscriptionRepository subscriptions,
                              SubscriptionView view) {
        super(pages);
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.view = view;
    }

    /**
     * Applies {@code change} (returning what was done, for the flash) and redirects to the subscription; on a refusal
     * puts its message on the field {@code fieldOf} names and returns false, so the caller shows the page again.
     */
    final boolean applied(HttpServletRequest request, HttpServletResponse response, long subscriptionId, FormModel form,
                          Supplier<String> change, Function<BillingRuleException, String> fieldOf) throws IOException {
        try {
            String done = transactions.inTransaction(change::get);
            redirect(request, response, "/subscriptions/" + subscriptionId, Flash.success(done));
            return true;
        } catch (BillingRuleException e) {
            form.error(fieldOf.apply(e), e.getMessage());
            return false;
        }
    }

    /** The subscription page again, with the form's values and errors (422). */
    final void showAgain(HttpServletRequest request, HttpServletResponse response, long subscriptionId, FormModel form)
            throws IOException {
        renderInvalid(request, response, SubscriptionServlet.TEMPLATE,
                SubscriptionServlet.model(subscriptions, view, subscriptionId, form));
    }

    final SubscriptionView view() {
        return view;
    }
}
