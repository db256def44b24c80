package org.seatkeeper.app.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.BillingViews;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * /subscriptions/new?contract={id}: a manual subscription (Manual provider) with its CREATE event. A closed contract
 * takes none: the page says so instead of showing the form.
 */
final class ManualSubscriptionServlet extends PageServlet {

    private static final String TEMPLATE = "subscriptions/new.ftlh";

    private final LicenseLedger ledger;
    private final SubscriptionPricing pricing;
    private final Transactions transactions;
    private final BillingContractRepository contracts;
    private final ProductRepository products;
    private final BillingViews views;
    private final Clock clock;

    ManualSubscriptionServlet(PageSupport pages, LicenseLedger ledger, SubscriptionPricing pricing,
                              Transactions transactions, BillingContractRepository contracts, ProductRepository products,
                              BillingViews views, Clock clock) {
        super(pages);
        this.ledger = ledger;
        this.pricing = pricing;
        this.transactions = transactions;
        this.contracts = contracts;
        this.products = products;
        this.views = views;
        this.clock = clock;
    }

    /** {@code refusal}: why this contract takes no new subscription (then the page shows no form), or empty. */
    public record NewPage(long contractId, String contractName, List<Map<String, String>> products, String refusal) {
    }

    private static final String CLOSED = "This billing contract is closed: it takes no new subscriptions. Reopen it first if "
            + "it should bill again.";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        BillingContract contract = contract(request);
        render(request, response, TEMPLATE, model(contract, FormModel.empty().with("quantity", 1)
                .with("effectiveDate", LocalDate.now(clock))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        BillingContract contract = contract(request);
        FormModel form = FormModel.of(request);
        if (contract.status() == ContractStatus.CLOSED) {
            renderInvalid(request, response, TEMPLATE, model(contract, form));
            return;
        }
        ManualSubscriptionForm.Parsed parsed = ManualSubscriptionForm.parse(form, LocalDate.now(clock), contract,
                products::findById);
        Long manualProvider = views.manualProviderId().orElse(null);
        if (manualProvider == null) {
            form.error("name", "There is no Manual provider yet: add one on the Providers page first.");
        }
        if (parsed == null || form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(contract, form));
            return;
        }
        NewSubscription s = new NewSubscription(contract.id(), manualProvider, parsed.productId(), null, null,
                parsed.name(), parsed.quantity(), SubscriptionState.ACTIVE,
                new SubscriptionTerms(parsed.start(), null, false, null, null), (BigDecimal) null,
                contract.currency().strip());
        try {
            long id = transactions.inTransaction(() -> ledger.createManual(
                    pricing.priced(s, products.findById(parsed.productId()).orElse(null)), user.username()));
            redirect(request, response, "/subscriptions/" + id, Flash.success("Manual subscription added."));
        } catch (BillingRuleException e) {
            form.error(ManualSubscriptionForm.keyFor(e), e.getMessage());
            renderInvalid(request, response, TEMPLATE, model(contract, form));
        }
    }

    private BillingContract contract(HttpServletRequest request) {
        try {
            return contracts.findById(Long.parseLong(request.getParameter("contract")))
                    .orElseThrow(() -> HttpProblem.notFound("That billing contract"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Add a manual subscription from its billing contract's page.");
        }
    }

    private Map<String, Object> model(BillingContract contract, FormModel form) {
        List<Map<String, String>> options = products.search(new ProductFilter(null, contract.currency().strip(),
                false), 0, 500).stream().map(p -> Map.of("value", String.valueOf(p.id()), "label", p.name() + " · "
                + p.term() + " · " + p.billingCycle().name().toLowerCase())).toList();
        String refusal = contract.status() == ContractStatus.CLOSED ? CLOSED : "";
        return Map.of("page", new NewPage(contract.id(), contract.name(), options, refusal), "form", form);
    }
}
