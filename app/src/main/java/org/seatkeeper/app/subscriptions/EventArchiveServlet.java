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
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/events/{eventId}/archive: archives (action=archive) or un-archives an event with a reason,
 * audited by the ledger; an invoiced event is refused with what to do instead. Un-archiving the create event a
 * replacement archived is refused with what it would bill twice, and the form then asks for a confirmation
 * ({@code confirmDoubleBilling}) before it is done.
 */
final class EventArchiveServlet extends PageServlet {

    private final LicenseLedger ledger;
    private final Transactions transactions;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    EventArchiveServlet(PageSupport pages, LicenseLedger ledger, Transactions transactions,
                        SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages);
        this.ledger = ledger;
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.view = view;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long subscriptionId = idFromPath(request, 3);
        long eventId = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        String field = "reason-" + eventId;
        String reason = form.value("reason");
        boolean archive = !"unarchive".equals(form.value("action"));
        boolean confirmed = "true".equals(form.value("confirmDoubleBilling"));
        try {
            transactions.run(() -> {
                if (archive) {
                    ledger.archive(eventId, reason, user.username());
                } else {
                    ledger.unarchive(eventId, reason, confirmed, user.username());
                }
            });
            redirect(request, response, "/subscriptions/" + subscriptionId,
                    Flash.success(archive ? "Event archived: it will not be invoiced." : "Event un-archived."));
        } catch (BillingRuleException e) {
            // the refused event's form shows the reason typed, the others stay empty
            form.with(field, reason).error(field, e.getMessage());
            if (e.subject() == BillingRuleException.Subject.DOUBLE_BILLING) {
                form.with("doubleBilling-" + eventId, "true");
            }
            renderInvalid(request, response, SubscriptionServlet.TEMPLATE,
                    SubscriptionServlet.model(subscriptions, view, subscriptionId, form));
        }
    }
}
