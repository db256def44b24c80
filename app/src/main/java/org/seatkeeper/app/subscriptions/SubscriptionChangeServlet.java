package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.licenses.BillingRuleException;
import org.seatkeeper.batch.licenses.LicenseLedger;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/**
 * POST /subscriptions/{id}/change: a manual subscription's quantity change, suspension, reactivation or deactivation,
 * each one license change event through the ledger. A refused change re-renders the page (422) with the reason.
 */
public final class SubscriptionChangeServlet extends PageServlet {

    private final LicenseLedger ledger;
    private final Transactions transactions;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionView view;

    SubscriptionChangeServlet(PageSupport pages, LicenseLedger ledger, Transactions transactions,
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
        long id = idFromPath(request, 1);
        FormModel form = FormModel.of(request);
        LocalDate date = null;
        try {
            date = LocalDate.parse(form.value("effectiveDate"));
        } catch (DateTimeParseException e) {
            form.error("effectiveDate", "Enter the date the change takes effect as YYYY-MM-DD.");
        }
        String action = form.value("action");
        Integer quantity = null;
        if (action.equals("quantity")) {
            try {
                quantity = Integer.valueOf(form.value("quantity"));
            } catch (NumberFormatException e) {
                form.error("quantity", "Enter the new number of licenses.");
            }
        }
        if (!form.hasErrors()) {
            try {
                String done = apply(id, action, quantity, date, user.username());
                redirect(request, response, "/subscriptions/" + id, Flash.success(done));
                return;
            } catch (BillingRuleException e) {
                form.error(action.equals("quantity") ? "quantity" : "effectiveDate", e.getMessage());
            }
        }
        renderInvalid(request, response, SubscriptionServlet.TEMPLATE,
                SubscriptionServlet.model(subscriptions, view, id, form));
    }

    private String apply(long id, String action, Integer quantity, LocalDate date, String username) {
        return transactions.inTransaction(() -> switch (action) {
            case "quantity" -> {
                ledger.changeQuantity(id, quantity, date, username);
                yield "Quantity changed to " + quantity + " from " + date + ".";
            }
            case "suspend" -> {
                ledger.suspend(id, date, username);
                yield "Subscription suspended from " + date + ".";
            }
            case "reactivate" -> {
                ledger.reactivate(id, date, username);
                yield "Subscription reactivated from " + date + ".";
            }
            case "deactivate" -> {
                ledger.deactivate(id, date, username);
                yield "Subscription deactivated from " + date + ".";
            }
            default -> throw new BillingRuleException("Pick what to change.");
        });
    }
}
