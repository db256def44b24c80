package org.seatkeeper.emulator.ion;

import org.seatkeeper.emulator.http.TokenIssuer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Ion's single-use refresh tokens: each one can be exchanged once, and every exchange hands out a new one. */
public final class IonTokens {

    private final TokenIssuer accessTokens;
    private final Set<String> unusedRefreshTokens = ConcurrentHashMap.newKeySet();

    public IonTokens(TokenIssuer accessTokens, String initialRefreshToken) {
        this.accessTokens = accessTokens;
        unusedRefreshTokens.add(initialRefreshToken);
    }

    /** A new refresh token that may be used once. */
    public String issueRefreshToken() {
        String token = accessTokens.newSecret();
        unusedRefreshTokens.add(token);
        return token;
    }

    /** Atomically consumes the refresh token; false when unknown or already used. */
    boolean consume(String refreshToken) {
        return refreshToken != null && unusedRefreshTokens.remove(refreshToken);
    }

    TokenIssuer accessTokens() {
        return accessTokens;
    }
}
