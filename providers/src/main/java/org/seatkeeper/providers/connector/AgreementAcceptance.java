package org.seatkeeper.providers.connector;

import java.time.LocalDate;

/** The customer's acceptance of the Microsoft Customer Agreement. @param templateId null = the current MCA template */
public record AgreementAcceptance(String templateId, String contactFirstName, String contactLastName,
                                  String contactEmail, String contactPhone, LocalDate dateAgreed) {
}
