package org.seatkeeper.db.providers;

import java.time.Instant;

/** The provider refused this provider's credentials at {@code refusedAt}, saying {@code reason}. */
public record CredentialsProblem(long providerId, String providerName, String providerKind, Instant refusedAt,
                                 String reason) {
}
