package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.agreements.AgreementTemplate;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.providers.connector.PostalAddress;

/** The new-tenant step's form as first shown, its choices (countries, contacts, agreements) and its page model. */
final class TenantPages {

    private final CustomerRepository customers;
    private final InvitationDrafts contacts;
    private final AgreementTemplateRepository templates;
    private final Clock clock;

    TenantPages(CustomerRepository customers, InvitationDrafts contacts, AgreementTemplateRepository templates,
                Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.templates = templates;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    FormModel initial(Onboarding onboarding, Provider provider) {
        Customer customer = customers.find(onboarding.customerId()).orElseThrow();
        var d = customer.details();
        FormModel form = FormModel.empty().with("companyName", customer.name())
                .with("addressLine1", d.addressLine1()).with("addressLine2", d.addressLine2()).with("city", d.city())
                .with("state", d.state()).with("postalCode", d.postalCode())
                .with("country", provider.countries().contains(d.country()) ? d.country() : "")
                .with("dateSigned", today());
        contacts.contactOptions(onboarding.customerId()).stream().findFirst()
                .ifPresent(c -> form.with("contactId", c.get("value")));
        templates.active().stream().filter(AgreementTemplate::builtIn).findFirst()
                .ifPresent(t -> form.with("templateId", t.id()));
        return form;
    }

    Optional<Contact> contact(Onboarding onboarding, String contactId) {
        return contacts.contact(onboarding.customerId(), contactId);
    }

    Optional<AgreementTemplate> template(String templateId) {
        try {
            return templates.find(Long.parseLong(templateId)).filter(t -> !t.retired());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Map<String, Object> model(Onboarding onboarding, Provider provider, FormModel form, List<PostalAddress> suggestions,
                              String notice) {
        Map<String, Object> page = new HashMap<>();
        page.put("onboardingId", onboarding.id());
        page.put("customerName", onboarding.customerName());
        page.put("providerName", provider.name());
        page.put("action", "/onboarding/tenant/" + onboarding.id());
        page.put("flowHref", Flows.flowHref(onboarding.id()));
        page.put("tenantCreated", onboarding.tenantCreated());
        page.put("tenantDomain", onboarding.tenantDomain() == null ? "" : onboarding.tenantDomain());
        page.put("notice", notice == null ? "" : notice);
        page.put("countries", org.seatkeeper.app.web.Countries.options(provider.countries()));
        page.put("noCountries", provider.countries().isEmpty());
        page.put("contacts", contacts.contactOptions(onboarding.customerId()));
        page.put("templates", templates.active().stream()
                .map(t -> Map.of("value", String.valueOf(t.id()), "label", t.name())).toList());
        page.put("suggestions", IntStream.range(0, suggestions.size())
                .mapToObj(i -> Map.of("index", String.valueOf(i), "text", describe(suggestions.get(i)))).toList());
        return Map.of("page", page, "form", form);
    }

    private static String describe(PostalAddress a) {
        StringBuilder text = new StringBuilder(a.line1() == null ? "" : a.line1());
        for (String part : new String[] {a.line2(), a.city(), a.state(), a.postalCode(), a.country()}) {
            if (part != null && !part.isBlank()) {
                text.append(", ").append(part);
            }
        }
        return text.toString();
    }
}
