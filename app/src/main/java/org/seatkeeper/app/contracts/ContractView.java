package org.seatkeeper.app.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.contracts.ContractLine;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** Builds the contract page: the money is added up here, in the contract's currency, never in the template. */
final class ContractView {

    /** Subscriptions shown per page of the contract's table; the totals and the health check cover all of them. */
    static final int PAGE_SIZE = 100;

    private final BillingViews views;
    private final CustomerRepository customers;
    private final Clock clock;
    private final ContractInvoiceFacts invoiceFacts;

    ContractView(BillingViews views, CustomerRepository customers, Clock clock, ContractInvoiceFacts invoiceFacts) {
        this.views = views;
        this.customers = customers;
        this.clock = clock;
        this.invoiceFacts = invoiceFacts;
    }

    /**
     * Everything the page computes from all the contract's subscriptions: every row, the monthly totals and the
     * health check. The page keeps it as a figure (see ContractServlet) and shows one page of the rows.
     */
    ContractSummary summarise(BillingContract c) {
        List<ContractLine> lines = views.contractLines(c.id());
        String currency = c.currency().strip();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        int unpriced = 0;
        List<ContractPage.Line> rows = new ArrayList<>(lines.size());
        for (ContractLine line : lines) {
            // a suspended subscription is not billed (NCE stops charging it), so only active ones count
            boolean live = line.status() == SubscriptionState.ACTIVE;
            Money monthly = line.total().filter(m -> m.currency().equals(currency))
                    .map(m -> perMonth(m, line.billingCycle())).orElse(null);
            Money monthlyCost = line.totalCost().filter(m -> m.currency().equals(currency))
                    .map(m -> perMonth(m, line.billingCycle())).orElse(null);
            if (live && monthly != null) {
                total = total.add(monthly.amount());
            } else if (live) {
                unpriced++;
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
        // a total that leaves subscriptions out says so, rather than look complete
        String incomplete = unpriced == 0 ? "" : " without " + unpriced + (unpriced == 1 ? " subscription" : " subscriptions")
                + " that " + (unpriced == 1 ? "has" : "have") + " no price in " + currency;
        return new ContractSummary(List.copyOf(rows), text(new Money(total, currency)) + incomplete,
                text(new Money(cost, currency)), text(new Money(total.subtract(cost), currency)) + incomplete,
                ContractHealth.check(c, lines, LocalDate.now(clock)));
    }

    ContractPage build(BillingContract c, ContractSummary summary, Paging paging, SyncProgress sync,
                       boolean canAddManual, String pricing) {
        String currency = c.currency().strip();
        String customerName = customers.find(c.customerId()).map(x -> x.name()).orElse("#" + c.customerId());
        List<ContractPage.Fact> facts = new ArrayList<>(List.of(new ContractPage.Fact("Customer", customerName),
                new ContractPage.Fact("Currency", currency),
                new ContractPage.Fact("Billing", c.billingCycle().name().toLowerCase() + ", on day " + c.billingDay()),
                new ContractPage.Fact("Start date", c.startDate().toString()),
                new ContractPage.Fact("PSA agreement", c.psaAgreementRef() == null ? "—" : c.psaAgreementRef()),
                new ContractPage.Fact("Status", c.status().name().toLowerCase())));
        facts.addAll(invoiceFacts.facts(c.id()));
        List<ContractPage.Line> shown = summary.rows().subList(Math.min(paging.offset(), summary.rows().size()),
                Math.min(paging.offset() + PAGE_SIZE, summary.rows().size()));
        return new ContractPage(c.id(), c.name(), c.customerId(), customerName, facts, c.needsReview(), shown, paging,
                summary.monthlyTotal(), summary.monthlyCost(), summary.monthlyMargin(), summary.problems(),
                sync.running(), sync.percent(), sync.status(), canAddManual, pricing);
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

    /** The subscriptions of a contract, with its totals and health check (over all of them, not one page). */
    record ContractSummary(List<ContractPage.Line> rows, String monthlyTotal, String monthlyCost, String monthlyMargin,
                           List<HealthProblem> problems) {
    }

    /** How the contract's own sync is doing, for the page (refreshing while it runs). */
    record SyncProgress(boolean running, int percent, String status) {
        static final SyncProgress NONE = new SyncProgress(false, -1, "");
    }
}
