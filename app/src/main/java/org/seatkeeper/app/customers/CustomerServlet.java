package org.seatkeeper.app.customers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.app.mismatch.CustomerFindings;

/** GET /customers/{id}: the customer with its contacts and mapped provider accounts. */
final class CustomerServlet extends PageServlet {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final ProviderAccountRepository accounts;

    private final BillingContractRepository contracts;
    private final CustomerFindings findings;

    public CustomerServlet(PageSupport pages, CustomerRepository customers, ContactRepository contacts,
                           ProviderAccountRepository accounts, BillingContractRepository contracts,
                           CustomerFindings findings) {
        super(pages);
        this.contracts = contracts;
        this.findings = findings;
        this.customers = customers;
        this.contacts = contacts;
        this.accounts = accounts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Customer customer = customers.find(idFromPath(request, 0)).orElseThrow(() -> HttpProblem.notFound("That customer"));
        List<CustomerPage.ContactRow> contactRows = contacts.byCustomer(customer.id()).stream()
                .map(CustomerPage.ContactRow::of).toList();
        List<CustomerPage.AccountRow> accountRows = accounts.byCustomer(customer.id()).stream()
                .map(a -> new CustomerPage.AccountRow(a.id(), a.providerName(), a.displayName(),
                        a.domain() == null ? "" : a.domain(), a.tenantId() == null ? "" : a.tenantId(),
                        a.active() ? "active" : "inactive", a.active() ? "ok" : "muted"))
                .toList();
        var contractRows = contracts.list(customer.id(), false, 0, 50).stream().map(CustomerPage.ContractRow::of).toList();
        render(request, response, "customers/detail.ftlh", Map.of("page", new CustomerPage(customer.id(), customer.name(),
                customer.archived(), customer.version(), CustomerPage.factsOf(customer), contactRows, accountRows,
                contractRows, findings.of(customer.id(), 20), findings.totals(customer.id()).openFindings(),
                CustomerFindings.reportHref(customer.id()))));
    }
}
