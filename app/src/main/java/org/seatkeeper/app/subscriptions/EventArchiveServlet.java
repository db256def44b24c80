package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.FormModel;
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
final class EventArchiveServlet extends SubscriptionActionServlet {

    private final LicenseLedger ledger;

    EventArchiveServlet(PageSupport pages, LicenseLedger ledger, Transactions transactions,
                        SubscriptionRepository subscriptions, SubscriptionView view) {
        super(pages, transactions, subscriptions, view);
        this.ledger = ledger;
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
        // the refused event's form shows the reason typed, the others stay empty
        form.with(field, reason);
        if (applied(request, response, subscriptionId, form, () -> {
            if (archive) {
                ledger.archive(eventId, reason, user.username());
                return "Event archived: it will not be invoiced.";
            }
            ledger.unarchive(eventId, reason, confirmed, user.username());
            return "Event un-archived.";
        }, e -> {
            if (e.subject() == BillingRuleException.Subject.DOUBLE_BILLING) {
                form.with("doubleBilling-" + eventId, "true");
            }
            return field;
        })) {
            return;
        }
        showAgain(request, response, subscriptionId, form);
    }
}
