package org.seatkeeper.billing.billingrun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.invoices.ContractToBill;
import org.seatkeeper.db.invoices.LoggedChange;
import org.seatkeeper.db.invoices.OpenFinding;
import org.seatkeeper.db.invoices.ProductToBill;
import org.seatkeeper.db.invoices.SubscriptionToBill;

/**
 * The preview: each active contract's draft invoice for the run period starting in a month, computed from the log by
 * {@link SubscriptionBilling}, with the open findings on its subscriptions as warnings. Reads only; runs in the
 * caller's transaction. Contracts are read a few hundred at a time, each batch in a handful of queries.
 */
public final class BillingPreview {

    private static final int CONTRACTS_PER_READ = 500;

    private final BillingInputRepository inputs;

    public BillingPreview(BillingInputRepository inputs) {
        this.inputs = inputs;
    }

    /** Every active contract's draft (of one customer when {@code customerId} is not null) with a run that month. */
    public List<ContractDraft> preview(YearMonth month, Long customerId) {
        List<ContractToBill> contracts = inputs.activeContracts(customerId);
        List<ContractDraft> drafts = new ArrayList<>();
        for (int from = 0; from < contracts.size(); from += CONTRACTS_PER_READ) {
            drafts.addAll(drafts(contracts.subList(from, Math.min(contracts.size(), from + CONTRACTS_PER_READ)),
                    month));
        }
        return drafts;
    }

    public java.util.Optional<ContractDraft> previewContract(long contractId, YearMonth month) {
        return drafts(inputs.contract(contractId), month).stream().findFirst();
    }

    private List<ContractDraft> drafts(List<ContractToBill> contracts, YearMonth month) {
        Map<Long, Period> runs = new HashMap<>();
        for (ContractToBill contract : contracts) {
            calendar(contract).runPeriodStartingIn(month, contract.billingCycle())
                    .ifPresent(run -> runs.put(contract.id(), run));
        }
        if (runs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(runs.keySet());
        Map<Long, List<SubscriptionToBill>> subscriptions = inputs.subscriptions(ids).stream()
                .collect(Collectors.groupingBy(SubscriptionToBill::contractId));
        Map<Long, List<LoggedChange>> logs = inputs.logs(ids);
        Map<Long, ProductToBill> changedTo = inputs.products(logs.values().stream().flatMap(List::stream)
                .map(LoggedChange::productId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<OpenFinding>> findings = inputs.openFindings(ids);
        Map<LocalDate, Set<Long>> chargedAhead = new HashMap<>();
        runs.values().stream().map(Period::start).distinct().forEach(start -> chargedAhead.put(start,
                inputs.chargedAhead(ids, start)));

        List<ContractDraft> drafts = new ArrayList<>();
        for (ContractToBill contract : contracts) {
            Period run = runs.get(contract.id());
            if (run == null) {
                continue;
            }
            boolean ahead = chargedAhead.get(run.start()).contains(contract.id());
            BillingCalendar calendar = calendar(contract);
            List<SubscriptionCharges> charges = subscriptions.getOrDefault(contract.id(), List.of()).stream()
                    .map(s -> SubscriptionBilling.charges(billable(s, logs.getOrDefault(s.id(), List.of()),
                            changedTo), calendar, run, ahead))
                    .toList();
            DraftInvoice draft = DraftInvoice.of(contract.id(), run, charges)
                    .withWarnings(findings.getOrDefault(contract.id(), List.of()).stream()
                            .map(BillingPreview::warning).toList());
            drafts.add(new ContractDraft(contract, draft, ahead));
        }
        return drafts;
    }

    static BillingCalendar calendar(ContractToBill contract) {
        return new BillingCalendar(contract.startDate(), contract.billingDay());
    }

    private static BillableSubscription billable(SubscriptionToBill s, List<LoggedChange> log,
                                                 Map<Long, ProductToBill> products) {
        BillableProduct product = new BillableProduct(s.productId(), s.productName(), s.productCycle());
        List<BillableEvent> events = log.stream().map(e -> new BillableEvent(e.id(), e.type(), e.quantityChange(),
                e.effectiveDate(), e.archived(), e.invoiced(), e.unitPrice(), e.productId() == null ? null
                : toProduct(products.get(e.productId())))).toList();
        return new BillableSubscription(s.id(), s.name(), product, currency(s), s.unitPrice(),
                s.cancellationAllowedUntil(), s.termEnd(), events);
    }

    private static BillableProduct toProduct(ProductToBill product) {
        return product == null ? null : new BillableProduct(product.id(), product.name(), product.cycle());
    }

    private static Currency currency(SubscriptionToBill s) {
        try {
            return Currency.getInstance(s.currency() != null ? s.currency() : s.contractCurrency());
        } catch (IllegalArgumentException unknownCode) {
            return Currency.getInstance(s.contractCurrency());
        }
    }

    private static BillingWarning warning(OpenFinding finding) {
        String detail = finding.detail() == null ? "" : ": " + finding.detail();
        return new BillingWarning(BillingWarning.Kind.OPEN_MISMATCH, finding.subscriptionId(),
                finding.subjectName() + " has an open " + finding.checkKind().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + " finding" + detail);
    }
}
