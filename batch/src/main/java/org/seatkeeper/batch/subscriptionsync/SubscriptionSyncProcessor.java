package org.seatkeeper.batch.subscriptionsync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.imports.ImportWidths;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;
import org.seatkeeper.providers.connector.RejectedRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Pure: checks what the provider reported for one account. An account the provider would not list becomes a
 * {@link RejectedAccountSubscriptionsException} (the step skips and records it); a single record that cannot be
 * stored is set aside with its reason, and the account's other subscriptions still sync. (A name longer than its
 * column is not a reason: the planner cuts it.)
 */
final class SubscriptionSyncProcessor implements ItemProcessor<AccountSubscriptions, AccountSync> {

    @Override
    public AccountSync process(AccountSubscriptions item) {
        if (item.failure() != null) {
            throw new RejectedAccountSubscriptionsException(item.account().externalId(),
                    "The subscriptions of account " + item.account().externalId() + " could not be read: "
                            + item.failure().getMessage());
        }
        List<ProviderSubscriptionRecord> valid = new ArrayList<>();
        List<AccountSync.Rejection> rejected = new ArrayList<>();
        for (RejectedRecord r : item.list().rejected()) {
            rejected.add(new AccountSync.Rejection(r.externalId(), r.reason(), r.rawJson()));
        }
        Set<String> seen = new HashSet<>();
        for (ProviderSubscriptionRecord r : item.list().subscriptions()) {
            String problem = problemWith(r);
            if (problem == null && !seen.add(r.externalId())) {
                problem = "The provider listed subscription " + r.externalId() + " twice; the first one was kept.";
            }
            if (problem == null) {
                valid.add(r);
            } else {
                rejected.add(new AccountSync.Rejection(r.externalId(), problem, r.toString()));
            }
        }
        return new AccountSync(item.account(), valid, rejected, item.pricingProblem());
    }

    /** Why a record cannot be stored, or null. */
    static String problemWith(ProviderSubscriptionRecord r) {
        if (r.externalId().isBlank() || r.externalId().length() > ImportWidths.SUBSCRIPTION_ID) {
            return "The subscription id is empty or longer than " + ImportWidths.SUBSCRIPTION_ID + " characters.";
        }
        if (r.offerId() == null || r.offerId().isBlank()) {
            return "Subscription " + r.externalId() + " has no offer or SKU id, so no product can be found for it.";
        }
        if (r.offerId().length() > ImportWidths.OFFER) {
            return "The offer id of subscription " + r.externalId() + " is longer than " + ImportWidths.OFFER
                    + " characters.";
        }
        try {
            Term.parse(r.term());
        } catch (IllegalArgumentException e) {
            return "Subscription " + r.externalId() + " has a term Seatkeeper does not know: " + r.term()
                    + " (expected P1M, P1Y or P3Y).";
        }
        return null;
    }
}
