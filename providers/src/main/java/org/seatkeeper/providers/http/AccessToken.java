package org.seatkeeper.providers.http;

import java.time.Instant;
import java.util.Objects;

/** An access token and when it expires. toString never shows the token. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
