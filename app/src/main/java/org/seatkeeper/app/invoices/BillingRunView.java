package org.seatkeeper.app.invoices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.seatkeeper.app.contracts.ContractHealth;
import org.seatkeeper.app.contracts.HealthProblem;
import org.seatkeeper.billing.billingrun.BillingWarning;
import org.seatkeeper.billing.billingrun.ContractDraft;
import org.seatkeeper.billing.billingrun.DraftInvoice;
import org.seatkeeper.billing.billingrun.DraftLine;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.contracts.BillingContractRepository;

/**
 * Builds the billing run page from the drafts: lines as people read them, totals per currency, and the warnings of
 * each draft (its own, and the contract health check's) with the link to where each is fixed.
 */
final class BillingRunView {

    private final BillingViews views;
    private final BillingContractRepository contracts;
    private final Clock clock;

    BillingRunView(BillingViews views, BillingContractRepository contracts, Clock clock) {
        this.views = views;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** A draft with its contract's health problems added as warnings (they do not block a finalize). */
    BillingRunPage.Draft draft(ContractDraft contractDraft) {
        DraftInvoice draft = contractDraft.draft();
        List<BillingRunPage.Warning> warnings = new ArrayList<>();
        for (BillingWarning warning : draft.warnings()) {
            warnings.add(warning(warning, contractDraft));
        }
        if (!draft.isEmpty()) {
            contracts.findById(contractDraft.contract().id()).ifPresent(contract -> {
                for (HealthProblem problem : ContractHealth.check(contract, views.contractLines(contract.id()),
                        LocalDate.now(clock))) {
                    warnings.add(new BillingRunPage.Warning(problem.subject() + " " + problem.message(),
                            problem.fixHref(), problem.fixLabel(), false));
                }
            });
        }
        List<BillingRunPage.Line> lines = draft.lines().stream().map(BillingRunView::line).toList();
        return new BillingRunPage.Draft(contractDraft.contract().id(), contractDraft.contract().name(),
                contractDraft.contract().customerId(), contractDraft.contract().customerName(),
                draft.period().toString(), lines, totals(draft.totals()), warnings,
                draft.canBeFinalized(), draft.isEmpty(), contractDraft.aheadAlreadyCharged());
    }

    static List<String> totals(Map<Currency, BigDecimal> totals) {
        return totals.entrySet().stream().map(t -> new Money(t.getValue(), t.getKey().getCurrencyCode()).toString())
                .toList();
    }

    /** The sum of every draft per currency. */
    static List<String> grandTotals(List<ContractDraft> drafts) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (ContractDraft draft : drafts) {
            draft.draft().totals().forEach((currency, amount) -> sums.merge(currency.getCurrencyCode(), amount,
                    BigDecimal::add));
        }
        return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey()).toString()).toList();
    }

    private static BillingRunPage.Line line(DraftLine line) {
        String kind = line.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new BillingRunPage.Line(line.subscriptionName(), "/subscriptions/" + line.subscriptionId(),
                line.product().name(), kind, String.valueOf(line.quantity()), line.period().toString(),
                InvoiceTexts.periods(line), line.unitPrice() == null ? "no price"
                : Money.format(line.unitPrice(), 4) + " " + line.currency().getCurrencyCode(),
                line.amount() == null ? "—" : new Money(line.amount(), line.currency().getCurrencyCode()).toString(),
                line.eventIds().stream().map(id -> "#" + id).collect(Collectors.joining(", ")), line.description());
    }

    private static BillingRunPage.Warning warning(BillingWarning warning, ContractDraft draft) {
        String subscription = "/subscriptions/" + warning.subscriptionId();
        return switch (warning.kind()) {
            case MISSING_PRICE -> new BillingRunPage.Warning(warning.message(), subscription, "Set the price", true);
            case NOT_CREDITED -> new BillingRunPage.Warning(warning.message(), subscription,
                    "Open the subscription", false);
            case OPEN_MISMATCH -> new BillingRunPage.Warning(warning.message(), "/mismatches?customer="
                    + draft.contract().customerId(), "Open the mismatch report", false);
            case CONTRACT_HEALTH -> new BillingRunPage.Warning(warning.message(), "/contracts/"
                    + draft.contract().id(), "Open the contract", false);
        };
    }
}
