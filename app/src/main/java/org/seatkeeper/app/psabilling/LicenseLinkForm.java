package org.seatkeeper.app.psabilling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.QuantitySource;

/** A license link as staff type it: profile, agreement and the options. */
final class LicenseLinkForm {

    /** Far more seats than any tenant has: a typo, not a minimum. */
    static final int MAXIMUM_MINIMUM = 100_000;

    private LicenseLinkForm() {
    }

    static FormModel of(LicenseLink link) {
        var d = link.details();
        return FormModel.empty().with("billingProfileId", d.billingProfileId()).with("psaAgreementId", d.psaAgreementId())
                .with("billingStartDate", d.billingStartDate()).with("usernamesOnInvoice", d.usernamesOnInvoice() ? "true" : "")
                .with("minimumQuantity", d.minimumQuantity()).with("showUnassigned", d.showUnassigned() ? "true" : "")
                .with("quantitySource", d.quantitySource().name()).with("version", link.version());
    }

    /** @return the details, or null when the form now says what is wrong */
    static LicenseLinkDetails parse(FormModel form) {
        Long profile = id(form, "billingProfileId", "Choose the billing profile that bills this license.");
        Long agreement = id(form, "psaAgreementId", "Choose the ConnectWise agreement the addition goes on.");
        LocalDate start = null;
        try {
            start = DateInput.parse(form.value("billingStartDate"));
        } catch (DateTimeParseException e) {
            form.error("billingStartDate", "Enter the date billing starts as YYYY-MM-DD, e.g. 2026-12-01.");
        }
        int minimum = 0;
        String typed = form.value("minimumQuantity");
        if (!typed.isEmpty()) {
            try {
                minimum = Integer.parseInt(typed);
                if (minimum < 0 || minimum > MAXIMUM_MINIMUM) {
                    form.error("minimumQuantity", "Enter a whole number from 0 to " + MAXIMUM_MINIMUM + ".");
                }
            } catch (NumberFormatException e) {
                form.error("minimumQuantity", "Enter a whole number of licenses (0 for no minimum).");
            }
        }
        QuantitySource source = null;
        try {
            source = QuantitySource.valueOf(form.value("quantitySource"));
        } catch (IllegalArgumentException e) {
            form.error("quantitySource", "Choose which quantity to bill.");
        }
        if (form.hasErrors()) {
            return null;
        }
        return new LicenseLinkDetails(profile, agreement, start, "true".equals(form.value("usernamesOnInvoice")), minimum,
                "true".equals(form.value("showUnassigned")), source);
    }

    private static Long id(FormModel form, String field, String message) {
        try {
            return Long.parseLong(form.value(field));
        } catch (NumberFormatException e) {
            form.error(field, message);
            return null;
        }
    }
}
