package org.seatkeeper.app.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.contracts.ContractTerms;

/** Parses the contract form; returns null terms when a field is wrong (each message is by its field). */
final class ContractForm {

    private ContractForm() {
    }

    record Parsed(ContractTerms terms, ContractStatus status) {
    }

    static Parsed parse(FormModel form) {
        String name = form.value("name");
        if (name.isEmpty() || name.length() > 200) {
            form.error("name", "Enter a name for the contract (at most 200 characters).");
        }
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            form.error("currency", "Enter a 3-letter currency code, e.g. EUR.");
        } else if (!IsoCurrencies.isKnown(currency)) {
            form.error("currency", currency + " is not an ISO 4217 currency code. Enter one such as EUR or USD.");
        }
        BillingCycle cycle = null;
        try {
            cycle = BillingCycle.valueOf(form.value("billingCycle"));
        } catch (IllegalArgumentException e) {
            form.error("billingCycle", "Pick how often the customer is billed.");
        }
        int day = 0;
        try {
            day = Integer.parseInt(form.value("billingDay"));
        } catch (NumberFormatException e) {
            day = 0;
        }
        if (day < 1 || day > 28) {
            form.error("billingDay", "Enter a billing day between 1 and 28.");
        }
        LocalDate start = null;
        try {
            start = DateInput.parse(form.value("startDate"));
        } catch (DateTimeParseException e) {
            form.error("startDate", "Enter the start date as YYYY-MM-DD.");
        }
        String psa = form.value("psaAgreementRef");
        if (psa.length() > 100) {
            form.error("psaAgreementRef", "The PSA agreement reference has at most 100 characters.");
        }
        ContractStatus status = "CLOSED".equals(form.value("status")) ? ContractStatus.CLOSED : ContractStatus.ACTIVE;
        if (form.hasErrors()) {
            return null;
        }
        return new Parsed(new ContractTerms(name, currency, cycle, day, start, psa.isEmpty() ? null : psa), status);
    }

    static FormModel toForm(BillingContract c) {
        return FormModel.empty().with("name", c.name()).with("currency", c.currency().strip())
                .with("billingCycle", c.billingCycle().name()).with("billingDay", c.billingDay())
                .with("startDate", c.startDate()).with("psaAgreementRef", c.psaAgreementRef() == null ? ""
                        : c.psaAgreementRef()).with("status", c.status().name()).with("version", c.version());
    }
}
