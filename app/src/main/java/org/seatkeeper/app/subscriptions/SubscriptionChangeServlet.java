package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.licenses.BillingRuleException;
import org.seatkeeper.batch.licenses.ManualChanges;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/change: a manual subscription's quantity change, suspension, reactivation or deactivation,
 * each one license change event through the ledger, only if the subscription is still as the page showed it. A refused
 * change re-renders the page (422) with the reason and what was typed.
 */
public final class SubscriptionChangeServlet extends PageServlet {

    private final ManualChanges changes;
    private final Transactions transactions;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    SubscriptionChangeServlet(PageSupport pages, ManualChanges changes, Transactions transactions,
                              SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages);
        this.changes = changes;
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
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.value("effectiveDate"));
        } catch (DateTimeParseException e) {
            form.error("effectiveDate", "Enter the date the change takes effect as YYYY-MM-DD.");
        }
        ManualChanges.Action action = action(form.value("action"));
        Integer quantity = null;
        if (action == ManualChanges.Action.QUANTITY) {
            try {
                quantity = Integer.valueOf(form.value("quantity"));
            } catch (NumberFormatException e) {
                form.error("quantity", "Enter the new number of licenses.");
            }
        }
        if (action == null) {
            form.error("effectiveDate", "Pick what to change.");
        }
        if (!form.hasErrors()) {
            LocalDate effectiveDate = date;
            Integer newQuantity = quantity;
            try {
                String done = transactions.inTransaction(() -> changes.apply(id, seenVersion, action, newQuantity,
                        effectiveDate, user.username()));
                redirect(request, response, "/subscriptions/" + id, Flash.success(done));
                return;
            } catch (BillingRuleException e) {
                form.error(action == ManualChanges.Action.QUANTITY ? "quantity" : "effectiveDate", e.getMessage());
            }
        }
        renderInvalid(request, response, SubscriptionServlet.TEMPLATE,
                SubscriptionServlet.model(subscriptions, view, id, form));
    }

    private static ManualChanges.Action action(String value) {
        try {
            return ManualChanges.Action.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
