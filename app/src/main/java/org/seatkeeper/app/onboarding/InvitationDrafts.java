package org.seatkeeper.app.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.settings.SettingsRepository;

/** What the invitation step shows and checks: the provider's link, the customer's contacts, the proposed mail. */
final class InvitationDrafts {

    private final ConnectorSource connectors;
    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final SettingsRepository settings;

    InvitationDrafts(ConnectorSource connectors, CustomerRepository customers, ContactRepository contacts,
                     SettingsRepository settings) {
        this.connectors = connectors;
        this.customers = customers;
        this.contacts = contacts;
        this.settings = settings;
    }

    /** The provider's invitation link; a refusal is reported on the form and the result is empty. */
    Optional<String> invitationUrl(Provider provider, FormModel form) {
        try {
            return Optional.of(connectors.connector(provider).invitations()
                    .orElseThrow(() -> new NotOfferedByProvider(provider.name(), "reseller invitations"))
                    .relationshipInvitationUrl().toString());
        } catch (RuntimeException e) {
            if (!ProviderProblems.isReportable(e)) {
                throw e;
            }
            ProviderProblems.report(form, e, null);
            return Optional.empty();
        }
    }

    /** The form as first shown: the primary contact, the customer's domain and the filled-in mail. */
    FormModel initial(Onboarding onboarding, String url) {
        Customer customer = customers.find(onboarding.customerId()).orElseThrow();
        FormModel form = FormModel.empty().with("tenantDomain", customer.details().domain());
        Optional<Contact> primary = contacts.primaryOf(onboarding.customerId());
        primary.ifPresent(contact -> {
            InvitationMail mail = InvitationMail.draft(settings.load(), customer.name(), contact, url == null ? "" : url);
            form.with("contactId", contact.id()).with("subject", mail.subject()).with("body", mail.body());
        });
        return form;
    }

    List<Map<String, String>> contactOptions(long customerId) {
        return contacts.byCustomer(customerId).stream()
                .map(c -> Map.of("value", String.valueOf(c.id()), "label", c.details().firstName() + " "
                        + c.details().lastName() + " <" + c.details().email() + ">"))
                .toList();
    }

    Optional<Contact> contact(long customerId, String contactId) {
        try {
            return contacts.find(Long.parseLong(contactId)).filter(c -> c.customerId() == customerId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
