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
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;

/** /customers/{id}/contacts/new adds a contact; /customers/{id}/contacts/{contactId} edits one. */
final class ContactFormServlet extends PageServlet {

    private static final String TEMPLATE = "customers/contact.ftlh";

    private final CustomerService service;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final ContactSaved saved;

    public ContactFormServlet(PageSupport pages, CustomerService service, CustomerRepository customers,
                              ContactRepository contacts, ContactSaved saved) {
        super(pages);
        this.service = service;
        this.customers = customers;
        this.contacts = contacts;
        this.saved = saved;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireWriter(request);
        Customer customer = customer(request);
        Contact contact = contact(request, customer);
        render(request, response, TEMPLATE, model(customer, contact, contact == null ? FormModel.empty() : ContactForm.toForm(contact)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Customer customer = customer(request);
        Contact contact = contact(request, customer);
        FormModel form = FormModel.of(request);
        ContactDetails details = ContactForm.parse(form, "");
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(customer, contact, form));
            return;
        }
        String back = "/customers/" + customer.id();
        if (contact == null) {
            service.addContact(user.username(), customer.id(), details);
            redirect(request, response, back, afterSave(customer, "Contact " + details.firstName() + " " + details.lastName() + " added."));
            return;
        }
        try {
            service.updateContact(user.username(), contact, details, Integer.parseInt(form.value("version")));
            redirect(request, response, back, afterSave(customer, "Contact " + details.firstName() + " " + details.lastName() + " saved."));
        } catch (OptimisticLockException e) {
            form.error("version", e.getMessage());
            pages.render(request, response, 409, TEMPLATE, model(customer, contact, form));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
    }

    /** The contact is committed: what the other features did with it (its PSA contact sync) goes into the message. */
    private Flash afterSave(Customer customer, String message) {
        ContactSaved.Result result = saved.afterSave(customer.id());
        return result.problem() ? Flash.warning(message + result.sentence()) : Flash.success(message + result.sentence());
    }

    private Customer customer(HttpServletRequest request) {
        return customers.find(idFromPath(request, 2)).orElseThrow(() -> HttpProblem.notFound("That customer"));
    }

    /** null for /contacts/new */
    private Contact contact(HttpServletRequest request, Customer customer) {
        if (request.getRequestURI().endsWith("/contacts/new")) {
            return null;
        }
        return contacts.find(idFromPath(request, 0)).filter(c -> c.customerId() == customer.id())
                .orElseThrow(() -> HttpProblem.notFound("That contact"));
    }

    private static Map<String, Object> model(Customer customer, Contact contact, FormModel form) {
        String base = "/customers/" + customer.id();
        ContactFormPage page = contact == null
                ? new ContactFormPage("Add a contact to " + customer.name(), base + "/contacts/new", base, false)
                : new ContactFormPage("Edit contact of " + customer.name(), base + "/contacts/" + contact.id(), base, true);
        return Map.of("page", page, "form", form);
    }

    public record ContactFormPage(String title, String action, String cancelHref, boolean editing) {
    }
}
