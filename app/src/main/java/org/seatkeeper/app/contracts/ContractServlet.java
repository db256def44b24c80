package org.seatkeeper.app.contracts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.contracts.BillingContractRepository;

/** GET /contracts/{id}: terms, subscriptions and totals, the health check, and the contract's sync progress. */
final class ContractServlet extends PageServlet {

    private final BillingContractRepository contracts;
    private final ContractView view;
    private final ContractSyncs syncs;
    private final Function<PriceScope, String> pricing;

    ContractServlet(PageSupport pages, BillingContractRepository contracts, ContractView view, ContractSyncs syncs,
                    Function<PriceScope, String> pricing) {
        super(pages);
        this.pricing = pricing;
        this.contracts = contracts;
        this.view = view;
        this.syncs = syncs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BillingContract contract = contracts.findById(idFromPath(request, 0))
                .orElseThrow(() -> HttpProblem.notFound("That billing contract"));
        // kept as a page figure: forgotten on any change and when a job finishes; the version covers a contract edit
        ContractView.ContractSummary summary = pages.figures().get(
                List.of("contract.summary", contract.id(), contract.version()), () -> view.summarise(contract));
        Paging paging = Paging.of(request, summary.rows().size(), ContractView.PAGE_SIZE);
        // a closed contract takes no new subscriptions (the form refuses them too)
        ContractPage page = view.build(contract, summary, paging, syncs.progress(contract.id()),
                contract.status() == ContractStatus.ACTIVE, pricing.apply(PriceScope.contract(contract.id())));
        render(request, response, "contracts/detail.ftlh", Map.of("page", page));
    }
}
