package org.seatkeeper.app.customers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactRepository;

/** POST /customers/{id}/contacts/{contactId}/primary: this contact becomes the customer's primary contact. */
final class ContactPrimaryServlet extends PageServlet {

    private final CustomerService service;
    private final ContactRepository contacts;

    public ContactPrimaryServlet(PageSupport pages, CustomerService service, ContactRepository contacts) {
        super(pages);
        this.service = service;
        this.contacts = contacts;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        long customerId = idFromPath(request, 3);
        Contact contact = contacts.find(idFromPath(request, 1)).filter(c -> c.customerId() == customerId)
                .orElseThrow(() -> HttpProblem.notFound("That contact"));
        service.makePrimary(user.username(), contact);
        redirect(request, response, "/customers/" + customerId, Flash.success(contact.details().firstName() + " "
                + contact.details().lastName() + " is now the primary contact."));
    }
}
