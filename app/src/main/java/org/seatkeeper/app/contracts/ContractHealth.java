package org.seatkeeper.app.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.ContractLine;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/**
 * The contract health check (seed: "ensure the Billing Contract, Customer and pricing fields are all accurate"):
 * pure, from what the contract page already loaded. Each problem says what is wrong and links to where it is fixed.
 */
public final class ContractHealth {

    private ContractHealth() {
    }

    public static List<HealthProblem> check(BillingContract contract, List<ContractLine> lines, LocalDate today) {
        List<HealthProblem> problems = new ArrayList<>();
        String back = "?back=/contracts/" + contract.id();
        String contractCurrency = contract.currency().strip();
        for (ContractLine s : lines) {
            if (s.status() == SubscriptionState.DEACTIVATED) {
                continue;
            }
            String subject = s.name() + " (#" + s.id() + ")";
            String subscriptionHref = "/subscriptions/" + s.id();
            if (s.productId() == null) {
                problems.add(new HealthProblem("missing-product", subject, "has no product, so it has no price or "
                        + "cost.", subscriptionHref, "Open the subscription"));
            } else if (s.unitPrice().isEmpty() && s.productListPrice() == null && s.productCost() == null) {
                problems.add(new HealthProblem("price-missing", subject, "has no price: its product, "
                        + s.productName() + ", has neither a list price nor a cost to derive one from, and no rule "
                        + "fixes one.", "/products/" + s.productId() + back, "Enter the list price or cost"));
            } else if (s.unitPrice().isEmpty()) {
                problems.add(new HealthProblem("price-missing", subject, "has no price: the price rules give none for "
                        + s.productName() + ".", "/contracts/" + contract.id() + "#pricing", "Check the price rules"));
            }
            s.unitPrice().ifPresent(price -> s.unitCost()
                    .filter(cost -> cost.currency().equals(price.currency()))
                    .filter(cost -> price.amount().compareTo(cost.amount()) < 0)
                    .ifPresent(cost -> problems.add(new HealthProblem("below-cost", subject, "is priced at " + price
                            + ", below its cost of " + cost + ".", subscriptionHref, "Change the price"))));
            String priceCurrency = s.unitPrice().map(Money::currency).orElse(null);
            if (priceCurrency != null && !priceCurrency.equals(contractCurrency)) {
                problems.add(new HealthProblem("currency", subject, "is priced in " + priceCurrency
                        + " but the contract bills in " + contractCurrency + ".", subscriptionHref,
                        "Check the subscription"));
            }
            if (s.status() == SubscriptionState.ACTIVE && s.termEndDate() != null && s.termEndDate().isBefore(today)) {
                problems.add(new HealthProblem("term-ended", subject, "is still active but its term ended on "
                        + s.termEndDate() + (s.externalId() == null ? ": renew it or correct the term end."
                        : ": sync the contract to get the provider's renewal."), subscriptionHref,
                        "Open the subscription"));
            }
            if (s.effectiveDate() == null) {
                problems.add(new HealthProblem("effective-date", subject, "has no effective date, so billing cannot "
                        + "tell when it started.", subscriptionHref, "Open the subscription"));
            }
            if (s.providerAccountId() != null && (s.mappedCustomerId() == null
                    || s.mappedCustomerId() != contract.customerId())) {
                problems.add(new HealthProblem("customer", subject, "comes from provider account " + s.accountName()
                        + (s.mappedCustomerId() == null ? ", which is not mapped to any customer now."
                        : ", which is mapped to another customer than this contract's."),
                        "/provider-accounts/" + s.providerAccountId(), "Check the mapping"));
            }
        }
        return problems;
    }
}
