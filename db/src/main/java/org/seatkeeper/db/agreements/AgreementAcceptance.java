package org.seatkeeper.db.agreements;

import java.time.Instant;
import java.time.LocalDate;

/** A customer's acceptance of a template. @param sentToProviderAt null until the provider confirmed it (or never) */
public record AgreementAcceptance(long id, long customerId, long templateId, String templateName, long contactId,
                                  LocalDate dateSigned, Long providerId, Instant sentToProviderAt, String recordedBy,
                                  Instant recordedAt) {
}
