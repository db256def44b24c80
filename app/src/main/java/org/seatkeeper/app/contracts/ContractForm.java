package org.seatkeeper.app.contracts;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.contracts.ContractTerms;

/**
 * Parses a billing contract's terms, the one set of checks for every page that creates or edits a contract (the
 * contract form and onboarding's contract step); returns null when a field is wrong (each message is by its field).
 */
public final class ContractForm {

    /** The billing cycles a contract can have, as the forms' select offers them. */
    public static final List<Map<String, String>> CYCLES = List.of(Map.of("value", "MONTHLY", "label", "monthly"),
            Map.of("value", "ANNUAL", "label", "annual"), Map.of("value", "TRIENNIAL", "label", "triennial"));

    // the lengths of the columns the terms are stored in
    static final int NAME_LENGTH = FieldLimits.width(BILLING_CONTRACT.NAME);
    static final int PSA_REF_LENGTH = FieldLimits.width(BILLING_CONTRACT.PSA_AGREEMENT_REF);

    private ContractForm() {
    }

    record Parsed(ContractTerms terms, ContractStatus status) {
    }

    /** The whole contract form: terms, currency, PSA agreement and status. */
    static Parsed parse(FormModel form) {
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            form.error("currency", "Enter a 3-letter currency code, e.g. EUR.");
        } else if (!IsoCurrencies.isKnown(currency)) {
            form.error("currency", currency + " is not an ISO 4217 currency code. Enter one such as EUR or USD.");
        }
        String psa = form.value("psaAgreementRef");
        if (psa.length() > PSA_REF_LENGTH) {
            form.error("psaAgreementRef", "The PSA agreement reference has at most " + PSA_REF_LENGTH + " characters.");
        }
        ContractStatus status = "CLOSED".equals(form.value("status")) ? ContractStatus.CLOSED : ContractStatus.ACTIVE;
        ContractTerms terms = terms(form, currency, psa.isEmpty() ? null : psa);
        return terms == null ? null : new Parsed(terms, status);
    }

    /** The terms a new contract starts with when its currency is given (onboarding: the provider's) and no PSA agreement. */
    public static ContractTerms parseTerms(FormModel form, String currency) {
        return terms(form, currency, null);
    }

    private static ContractTerms terms(FormModel form, String currency, String psaAgreementRef) {
        String name = form.value("name");
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            form.error("name", "Enter a name for the contract (at most " + NAME_LENGTH + " characters).");
        }
        BillingCycle cycle = null;
        try {
            cycle = BillingCycle.valueOf(form.value("billingCycle"));
        } catch (IllegalArgumentException e) {
            form.error("billingCycle", "Pick how often the customer is billed.");
        }
        int day;
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
        if (form.hasErrors()) {
            return null;
        }
        return new ContractTerms(name, currency, cycle, day, start, psaAgreementRef);
    }

    static FormModel toForm(BillingContract c) {
        return FormModel.empty().with("name", c.name()).with("currency", c.currency().strip())
                .with("billingCycle", c.billingCycle().name()).with("billingDay", c.billingDay())
                .with("startDate", c.startDate()).with("psaAgreementRef", c.psaAgreementRef() == null ? ""
                        : c.psaAgreementRef()).with("status", c.status().name()).with("version", c.version());
    }
}
