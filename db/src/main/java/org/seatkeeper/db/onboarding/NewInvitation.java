package org.seatkeeper.db.onboarding;

import java.util.Locale;
import java.util.Objects;

/** An invitation to record as sent. Domain and tenant id are normalized for matching. */
public record NewInvitation(long onboardingId, long customerId, long providerId, long contactId, String recipient,
                            String tenantDomain, String tenantId, String invitationUrl, String subject,
                            String bodyText) {

    public NewInvitation {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(invitationUrl, "invitationUrl");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(bodyText, "bodyText");
        tenantDomain = tenantDomain == null || tenantDomain.isBlank() ? null : tenantDomain.strip().toLowerCase(Locale.ROOT);
        tenantId = tenantId == null || tenantId.isBlank() ? null : tenantId.strip().toLowerCase(Locale.ROOT);
    }
}
