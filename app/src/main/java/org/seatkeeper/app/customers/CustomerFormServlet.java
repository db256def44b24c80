package org.seatkeeper.app.customers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;

/** /customers/new adds a customer (with an optional first contact); /customers/{id}/edit changes one. */
public final class CustomerFormServlet extends PageServlet {

    private static final String TEMPLATE = "customers/form.ftlh";

    private final CustomerService service;
    private final CustomerRepository customers;

    public CustomerFormServlet(PageSupport pages, CustomerService service, CustomerRepository customers) {
        super(pages);
        this.service = service;
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Customer customer = isNew(request) ? null : load(request);
        FormModel form = customer == null ? FormModel.empty() : CustomerForm.toForm(customer);
        render(request, response, TEMPLATE, model(customer, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Customer existing = isNew(request) ? null : load(request);
        FormModel form = FormModel.of(request);
        CustomerDetails details = CustomerForm.parse(form);
        ContactDetails contact = existing == null ? CustomerForm.parseFirstContact(form) : null;
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(existing, form));
            return;
        }
        if (existing == null) {
            long id = service.create(user.username(), details, contact);
            redirect(request, response, "/customers/" + id, Flash.success("Customer " + details.name() + " added."));
            return;
        }
        try {
            service.update(user.username(), existing.id(), details, form.version());
            redirect(request, response, "/customers/" + existing.id(), Flash.success("Customer " + details.name() + " saved."));
        } catch (OptimisticLockException e) {
            form.error("version", e.getMessage());
            pages.render(request, response, 409, TEMPLATE, model(existing, form));
        }
    }


    private static boolean isNew(HttpServletRequest request) {
        return request.getRequestURI().equals("/customers/new");
    }

    private Customer load(HttpServletRequest request) {
        return customers.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That customer"));
    }

    private static Map<String, Object> model(Customer customer, FormModel form) {
        CustomerFormPage page = customer == null
                ? new CustomerFormPage(true, "Add a customer", "/customers/new", "/customers")
                : new CustomerFormPage(false, "Edit " + customer.name(), "/customers/" + customer.id() + "/edit",
                        "/customers/" + customer.id());
        return Map.of("page", page, "form", form);
    }

    /** @param creating true shows the optional first contact */
    public record CustomerFormPage(boolean creating, String title, String action, String cancelHref) {
    }
}
