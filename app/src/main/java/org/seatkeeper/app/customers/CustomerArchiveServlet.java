package org.seatkeeper.app.customers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;

/** /customers/{id}/archive: GET asks for confirmation, POST archives (kept, hidden from lists, never deleted). */
final class CustomerArchiveServlet extends PageServlet {

    private final CustomerService service;
    private final CustomerRepository customers;

    public CustomerArchiveServlet(PageSupport pages, CustomerService service, CustomerRepository customers) {
        super(pages);
        this.service = service;
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Customer customer = load(request);
        render(request, response, "customers/archive.ftlh", Map.of("page",
                new ArchivePage(customer.id(), customer.name(), customer.version(), customer.archived())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Customer customer = load(request);
        if (customer.archived()) {
            redirect(request, response, "/customers/" + customer.id(), Flash.warning(customer.name() + " is already archived."));
            return;
        }
        int version;
        try {
            version = Integer.parseInt(request.getParameter("version"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
        try {
            service.archive(user.username(), customer.id(), version);
            redirect(request, response, "/customers", Flash.success("Customer " + customer.name() + " archived."));
        } catch (OptimisticLockException e) {
            redirect(request, response, "/customers/" + customer.id(), Flash.error(e.getMessage()));
        }
    }

    private Customer load(HttpServletRequest request) {
        return customers.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That customer"));
    }

    public record ArchivePage(long id, String name, int version, boolean archived) {
    }
}
