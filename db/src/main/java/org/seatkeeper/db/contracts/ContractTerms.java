package org.seatkeeper.db.contracts;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.catalog.BillingCycle;

/** The editable part of a billing contract, validated here so a form and a sync get the same answer. */
public record ContractTerms(String name, String currency, BillingCycle billingCycle, int billingDay,
                            LocalDate startDate, String psaAgreementRef) {

    public ContractTerms {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A billing contract needs a name.");
        }
        if (currency == null || currency.length() != 3) {
            throw new IllegalArgumentException("The currency must be a 3-letter ISO code, e.g. EUR.");
        }
        Objects.requireNonNull(billingCycle, "billingCycle");
        if (billingDay < 1 || billingDay > 28) {
            throw new IllegalArgumentException("The billing day must be between 1 and 28.");
        }
        Objects.requireNonNull(startDate, "startDate");
    }
}
