package org.seatkeeper.app.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.seatkeeper.db.billingviews.BillingViews;
import org.seatkeeper.db.billingviews.ContractLine;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** Builds the contract page: the money is added up here, in the contract's currency, never in the template. */
final class ContractView {

    private final BillingViews views;
    private final CustomerRepository customers;

    ContractView(BillingViews views, CustomerRepository customers) {
        this.views = views;
        this.customers = customers;
    }

    ContractPage build(BillingContract c, SyncProgress sync, boolean canAddManual) {
        List<ContractLine> lines = views.contractLines(c.id());
        String currency = c.currency().strip();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        List<ContractPage.Line> rows = new java.util.ArrayList<>(lines.size());
        for (ContractLine line : lines) {
            boolean live = line.status() != SubscriptionState.DEACTIVATED;
            Money monthly = line.total().filter(m -> m.currency().equals(currency))
                    .map(m -> perMonth(m, line.billingCycle())).orElse(null);
            Money monthlyCost = line.totalCost().filter(m -> m.currency().equals(currency))
                    .map(m -> perMonth(m, line.billingCycle())).orElse(null);
            if (live && monthly != null) {
                total = total.add(monthly.amount());
            }
            if (live && monthlyCost != null) {
                cost = cost.add(monthlyCost.amount());
            }
            rows.add(new ContractPage.Line(line.id(), line.name(), line.productName() == null ? "—"
                    : line.productName(), line.quantity(), line.status().name().toLowerCase(),
                    text(line.unitPrice().orElse(null)), text(line.unitCost().orElse(null)),
                    text(line.margin().orElse(null)), text(monthly),
                    line.termEndDate() == null ? "—" : line.termEndDate().toString(), line.externalId() == null));
        }
        String customerName = customers.find(c.customerId()).map(x -> x.name()).orElse("#" + c.customerId());
        List<ContractPage.Fact> facts = List.of(new ContractPage.Fact("Customer", customerName),
                new ContractPage.Fact("Currency", currency),
                new ContractPage.Fact("Billing", c.billingCycle().name().toLowerCase() + ", on day " + c.billingDay()),
                new ContractPage.Fact("Start date", c.startDate().toString()),
                new ContractPage.Fact("PSA agreement", c.psaAgreementRef() == null ? "—" : c.psaAgreementRef()),
                new ContractPage.Fact("Status", c.status().name().toLowerCase()));
        return new ContractPage(c.id(), c.name(), c.customerId(), customerName, facts, c.needsReview(), rows,
                text(new Money(total, currency)), text(new Money(cost, currency)),
                text(new Money(total.subtract(cost), currency)), ContractHealth.check(c, lines),
                sync.running(), sync.percent(), sync.status(), canAddManual);
    }

    /** A line's price is per billing period of its product: annual and triennial prices are spread per month. */
    static Money perMonth(Money amount, String billingCycle) {
        int months = "ANNUAL".equals(billingCycle) ? 12 : "TRIENNIAL".equals(billingCycle) ? 36 : 1;
        return new Money(amount.amount().divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP),
                amount.currency());
    }

    private static String text(Money money) {
        return money == null ? "—" : money.toString();
    }

    /** How the contract's own sync is doing, for the page (refreshing while it runs). */
    record SyncProgress(boolean running, int percent, String status) {
        static final SyncProgress NONE = new SyncProgress(false, -1, "");
    }
}
