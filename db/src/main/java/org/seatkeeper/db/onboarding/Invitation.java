package org.seatkeeper.db.onboarding;

import java.time.Instant;

/**
 * A reseller relationship invitation as stored.
 *
 * @param status SENT or ACCEPTED
 * @param tenantDomain / tenantId what a sync matches a new provider account on (either may be null)
 * @param needsMapping accepted, but the account could not be mapped automatically
 * @param mailStatus the outbox status (PENDING, SENT, FAILED) of the mail that carries it; null for invitations
 *                   recorded before the link was kept
 */
public record Invitation(long id, long onboardingId, long customerId, String customerName, long providerId,
                         String providerName, long contactId, String recipient, String tenantDomain, String tenantId,
                         String invitationUrl, String subject, String bodyText, String status, Instant sentAt,
                         Instant lastSentAt, int timesSent, String sentBy, Instant acceptedAt, Long providerAccountId,
                         boolean needsMapping, int version, String mailStatus) {

    public static final String SENT = "SENT";
    public static final String ACCEPTED = "ACCEPTED";

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
