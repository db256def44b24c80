package org.seatkeeper.emulator.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Issues and checks opaque access tokens for one API; a token may be bound to a subject (e.g. a tenant). */
public final class TokenIssuer {

    private final String prefix;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public TokenIssuer(String prefix, Duration lifetime, Clock clock) {
        this.prefix = prefix;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public record Grant(String token, String subject, Instant expiresAt) {
    }

    public Grant issue(String subject) {
        String token = newSecret();
        Grant grant = new Grant(token, subject, clock.instant().plus(lifetime));
        grants.put(token, grant);
        return grant;
    }

    /** A fresh random secret with this issuer's prefix (also used for refresh tokens). */
    public String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The grant of a valid, unexpired token. */
    public Optional<Grant> check(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Grant grant = grants.get(token);
        if (grant == null || !grant.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
