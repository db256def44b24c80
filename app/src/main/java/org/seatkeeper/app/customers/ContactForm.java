package org.seatkeeper.app.customers;

import static org.seatkeeper.db.jooq.Tables.CONTACT;

import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.MailAddresses;
import org.seatkeeper.app.web.PhoneAndPostalCode;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactDetails;

/** Parses and checks a contact's fields; {@code prefix} lets the new-customer form carry a first contact. */
final class ContactForm {

    private ContactForm() {
    }

    /** @return the details, or null when a field is wrong (the form then carries the messages) */
    static ContactDetails parse(FormModel form, String prefix) {
        String first = field(prefix, "firstName");
        String last = field(prefix, "lastName");
        String email = field(prefix, "email");
        if (form.value(first).isEmpty()) {
            form.error(first, "Enter the contact's first name.");
        }
        if (form.value(last).isEmpty()) {
            form.error(last, "Enter the contact's last name.");
        }
        if (form.value(email).isEmpty()) {
            form.error(email, "Enter the contact's email address.");
        } else if (!MailAddresses.isValid(form.value(email))) {
            form.error(email, "Enter an email address like name@example.com.");
        }
        PhoneAndPostalCode.checkPhone(form, field(prefix, "phone"));
        FieldLimits.atMost(form, first, CONTACT.FIRST_NAME);
        FieldLimits.atMost(form, last, CONTACT.LAST_NAME);
        FieldLimits.atMost(form, email, CONTACT.EMAIL);
        FieldLimits.atMost(form, field(prefix, "phone"), CONTACT.PHONE);
        if (form.hasErrors()) {
            return null;
        }
        return new ContactDetails(form.value(first), form.value(last), form.value(email), form.value(field(prefix, "phone")));
    }

    static FormModel toForm(Contact contact) {
        ContactDetails d = contact.details();
        return FormModel.empty().with("firstName", d.firstName()).with("lastName", d.lastName()).with("email", d.email())
                .with("phone", d.phone()).with("version", contact.version());
    }

    /** What the audit log keeps of a contact. */
    static AuditState state(ContactDetails d) {
        return AuditState.of("firstName", d.firstName(), "lastName", d.lastName(), "email", d.email(),
                "phone", d.phone());
    }

    static String describe(ContactDetails d) {
        return d.firstName() + " " + d.lastName() + " <" + d.email() + ">" + (d.phone() == null ? "" : ", " + d.phone());
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
