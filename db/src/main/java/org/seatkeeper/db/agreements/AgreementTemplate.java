package org.seatkeeper.db.agreements;

import java.time.Instant;

/** An agreement template a customer signs. The built-in Microsoft Customer Agreement cannot be retired. */
public record AgreementTemplate(long id, AgreementTemplateDetails details, boolean builtIn, boolean retired,
                                Instant createdAt, int version) {

    public String name() {
        return details.name();
    }

    /** The Microsoft Customer Agreement: its acceptance can be sent to Partner Center. */
    public boolean microsoftCustomerAgreement() {
        return AgreementTemplateDetails.MICROSOFT_CUSTOMER_AGREEMENT.equals(details.agreementType());
    }
}
