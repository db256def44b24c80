package org.seatkeeper.app.onboarding;

import static org.seatkeeper.db.jooq.Tables.CONTACT;

import org.seatkeeper.app.customers.CustomerForm;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.MailAddresses;
import org.seatkeeper.app.web.PhoneAndPostalCode;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.CustomerDetails;

/** Step 1's "new customer" form: the CRM account and its primary contact, each problem reported by its field. */
record NewCustomerForm(CustomerDetails customer, ContactDetails contact) {

    /** @return null when the form has errors (they are on {@code form}) */
    static NewCustomerForm parse(FormModel form) {
        require(form, "name", "Enter the customer's company name.");
        String country = form.value("country");
        if (!country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            form.error("country", "Use the two-letter country code, e.g. US or GB.");
        }
        String domain = form.value("domain");
        if (!domain.isEmpty() && !domain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
            form.error("domain", "Enter a domain such as contoso.com or contoso.onmicrosoft.com, or leave it empty.");
        }
        CustomerForm.checkPhoneAndPostalCode(form);
        require(form, "firstName", "Enter the contact's first name.");
        require(form, "lastName", "Enter the contact's last name.");
        if (!MailAddresses.isValid(form.value("email"))) {
            form.error("email", "Enter the contact's email address, e.g. jane@contoso.com.");
        }
        if (form.value("contactPhone").isEmpty()) {
            form.error("contactPhone", "Enter the contact's phone number, e.g. +1 425 555 0100.");
        }
        PhoneAndPostalCode.checkPhone(form, "contactPhone");
        // the widths of the customer and contact columns
        CustomerForm.checkWidths(form);
        FieldLimits.atMost(form, "firstName", CONTACT.FIRST_NAME);
        FieldLimits.atMost(form, "lastName", CONTACT.LAST_NAME);
        FieldLimits.atMost(form, "email", CONTACT.EMAIL);
        if (form.hasErrors()) {
            return null;
        }
        CustomerDetails customer = new CustomerDetails(form.value("name"), domain, form.value("addressLine1"),
                form.value("addressLine2"), form.value("city"), form.value("state"), form.value("postalCode"), country,
                form.value("phone"));
        ContactDetails contact = new ContactDetails(form.value("firstName"), form.value("lastName"), form.value("email"),
                form.value("contactPhone"));
        return new NewCustomerForm(customer, contact);
    }

    private static void require(FormModel form, String field, String message) {
        if (form.value(field).isEmpty()) {
            form.error(field, message);
        }
    }
}
