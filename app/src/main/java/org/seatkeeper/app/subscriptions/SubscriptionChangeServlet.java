package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.subscriptions.ManualChanges;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/change: a manual subscription's quantity change, suspension, reactivation or deactivation,
 * each one license change event through the ledger, only if the subscription is still as the page showed it. A refused
 * change re-renders the page (422) with the reason and what was typed.
 */
final class SubscriptionChangeServlet extends SubscriptionActionServlet {

    private final ManualChanges changes;

    SubscriptionChangeServlet(PageSupport pages, ManualChanges changes, Transactions transactions,
                              SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages, transactions, subscriptions, view);
        this.changes = changes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long id = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        int seenVersion = form.version();
        ManualChangeForm.Parsed change = ManualChangeForm.parse(form, view().today());
        if (change != null && applied(request, response, id, form,
                () -> changes.apply(id, seenVersion, change.action(), change.quantity(), change.effectiveDate(),
                        user.username()),
                e -> ManualChangeForm.keyFor(change.action(), e))) {
            return;
        }
        showAgain(request, response, id, shown(form));
    }

    /**
     * The quantity form comes back as typed, even an empty field; a one-click button typed nothing the page shows, so
     * after its refusal the quantity form starts afresh and only the reason is kept.
     */
    private static FormModel shown(FormModel form) {
        if (ManualChanges.Action.QUANTITY.name().equalsIgnoreCase(form.value("action"))) {
            return form;
        }
        FormModel fresh = FormModel.empty();
        form.getErrors().forEach(fresh::error);
        return fresh;
    }
}
