package org.seatkeeper.app.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.db.billingviews.AccountOwner;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionLine;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/**
 * The contract health check (seed: "ensure the Billing Contract, Customer and pricing fields are all accurate"):
 * pure, from what the contract page already loaded. Each problem says what is wrong and links to where it is fixed.
 */
final class ContractHealth {

    private ContractHealth() {
    }

    static List<HealthProblem> check(BillingContract contract, List<SubscriptionLine> lines, Map<Long, AccountOwner> owners) {
        List<HealthProblem> problems = new ArrayList<>();
        String back = "?back=/contracts/" + contract.id();
        for (SubscriptionLine line : lines) {
            Subscription s = line.subscription();
            if (s.status() == SubscriptionState.DEACTIVATED) {
                continue;
            }
            String subject = s.name() + " (#" + s.id() + ")";
            String subscriptionHref = "/subscriptions/" + s.id();
            if (s.productId() == null) {
                problems.add(new HealthProblem("missing-product", subject, "has no product, so it has no price or cost.",
                        subscriptionHref, "Open the subscription"));
            } else if (line.productPrice() == null) {
                problems.add(new HealthProblem("product-without-price", subject, "uses " + line.productName()
                        + ", whose price is missing.", "/products/" + s.productId() + back, "Enter the price"));
            }
            line.unitPrice().ifPresent(price -> line.unitCost()
                    .filter(cost -> cost.currency().equals(price.currency()))
                    .filter(cost -> price.amount().compareTo(cost.amount()) < 0)
                    .ifPresent(cost -> problems.add(new HealthProblem("below-cost", subject, "is priced at " + price
                            + ", below its cost of " + cost + ".", "/products/" + s.productId() + back,
                            "Change the price"))));
            String currency = s.currency() != null ? s.currency().strip()
                    : line.unitPrice().map(m -> m.currency()).orElse(null);
            if (currency != null && !currency.equals(contract.currency().strip())) {
                problems.add(new HealthProblem("currency", subject, "is in " + currency + " but the contract bills in "
                        + contract.currency() + ".", "/contracts/" + contract.id() + "/edit", "Check the contract"));
            }
            if (s.effectiveDate() == null) {
                problems.add(new HealthProblem("effective-date", subject, "has no effective date, so billing cannot "
                        + "tell when it started.", subscriptionHref, "Open the subscription"));
            }
            AccountOwner owner = owners.get(s.id());
            if (owner != null && (owner.mappedCustomerId() == null
                    || owner.mappedCustomerId() != contract.customerId())) {
                problems.add(new HealthProblem("customer", subject, "comes from provider account " + owner.accountName()
                        + (owner.mappedCustomerId() == null ? ", which is not mapped to any customer now."
                        : ", which is mapped to another customer than this contract's."),
                        "/provider-accounts/" + owner.providerAccountId(), "Check the mapping"));
            }
        }
        return problems;
    }
}
