package org.seatkeeper.providers.partnercenter;

/** POST/GET customers/{id}/agreements (§1.7). @param dateAgreed ISO instant, e.g. 2018-06-14T00:00:00.000Z */
public record AgreementConfirmation(Contact primaryContact, String templateId, String dateAgreed, String type,
                                    String userId) {

    public record Contact(String firstName, String lastName, String email, String phoneNumber) {
    }
}
