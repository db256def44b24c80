package org.seatkeeper.app.customers;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;

import java.util.regex.Pattern;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.PhoneAndPostalCode;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.ContactDetails;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerDetails;

/** Parses and checks the customer form (and the optional first contact of a new customer); a message by each field. */
public final class CustomerForm {

    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    private CustomerForm() {
    }

    /** @return the details, or null when the form has errors */
    public static CustomerDetails parse(FormModel form) {
        if (form.value("name").isEmpty()) {
            form.error("name", "Enter the customer's company name.");
        }
        String domain = form.value("domain");
        if (!domain.isEmpty() && !DOMAIN.matcher(domain).matches()) {
            form.error("domain", "Enter a domain like contoso.com, without http:// or a path.");
        }
        String country = form.value("country");
        if (!country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            form.error("country", "Use the two-letter ISO country code, e.g. US or GB.");
        }
        checkPhoneAndPostalCode(form);
        checkWidths(form);
        if (form.hasErrors()) {
            return null;
        }
        return new CustomerDetails(form.value("name"), domain, form.value("addressLine1"), form.value("addressLine2"),
                form.value("city"), form.value("state"), form.value("postalCode"), country, form.value("phone"));
    }

    /** The customer's phone and postal code, by the rules every form shares (here and in onboarding). */
    public static void checkPhoneAndPostalCode(FormModel form) {
        PhoneAndPostalCode.checkPhone(form, "phone");
        PhoneAndPostalCode.checkPostalCode(form, "postalCode");
    }

    /** The customer table's column widths, for every form that writes a customer (here and in onboarding). */
    public static void checkWidths(FormModel form) {
        FieldLimits.atMost(form, "name", CUSTOMER.NAME);
        FieldLimits.atMost(form, "domain", CUSTOMER.DOMAIN);
        FieldLimits.atMost(form, "addressLine1", CUSTOMER.ADDRESS_LINE1);
        FieldLimits.atMost(form, "addressLine2", CUSTOMER.ADDRESS_LINE2);
        FieldLimits.atMost(form, "city", CUSTOMER.CITY);
        FieldLimits.atMost(form, "state", CUSTOMER.STATE);
        FieldLimits.atMost(form, "postalCode", CUSTOMER.POSTAL_CODE);
        FieldLimits.atMost(form, "phone", CUSTOMER.PHONE);
    }

    /** The optional first contact of a new customer (fields prefixed "contact"); null when left empty or invalid. */
    static ContactDetails parseFirstContact(FormModel form) {
        boolean any = !(form.value("contactFirstName") + form.value("contactLastName") + form.value("contactEmail")
                + form.value("contactPhone")).isEmpty();
        return any ? ContactForm.parse(form, "contact") : null;
    }

    static FormModel toForm(Customer customer) {
        CustomerDetails d = customer.details();
        return FormModel.empty().with("name", d.name()).with("domain", d.domain()).with("addressLine1", d.addressLine1())
                .with("addressLine2", d.addressLine2()).with("city", d.city()).with("state", d.state())
                .with("postalCode", d.postalCode()).with("country", d.country()).with("phone", d.phone())
                .with("version", customer.version());
    }

    /** What the audit log keeps of a customer. */
    static AuditState describe(CustomerDetails d) {
        return AuditState.of("name", d.name(), "domain", d.domain(), "addressLine1", d.addressLine1(),
                "addressLine2", d.addressLine2(), "postalCode", d.postalCode(), "city", d.city(), "state", d.state(),
                "country", d.country(), "phone", d.phone());
    }
}
