package org.seatkeeper.db.agreements;

/**
 * What a user types for an agreement template: a name, a type, and a link or a text (at least one).
 *
 * @param agreementType e.g. MicrosoftCustomerAgreement, or the reseller's own type such as ResellerTerms
 */
public record AgreementTemplateDetails(String name, String agreementType, String link, String bodyText) {

    public static final String MICROSOFT_CUSTOMER_AGREEMENT = "MicrosoftCustomerAgreement";

    public AgreementTemplateDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An agreement template needs a name.");
        }
        if (agreementType == null || agreementType.isBlank()) {
            throw new IllegalArgumentException("An agreement template needs a type.");
        }
        name = name.strip();
        agreementType = agreementType.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        bodyText = bodyText == null || bodyText.isBlank() ? null : bodyText.strip();
        if (link == null && bodyText == null) {
            throw new IllegalArgumentException("An agreement template needs a link or a text.");
        }
    }
}
