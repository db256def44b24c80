package org.seatkeeper.providers.http;

/**
 * Durable home of a refresh token that the provider rotates (StreamOne Ion tokens are single-use). The app implements
 * it over its encrypted column; {@link #replace} must be durable when it returns, because the old token is dead.
 */
public interface RefreshTokenStore {

    /** The refresh token to use next. */
    String current();

    /** Stores {@code next} in place of {@code used}. Called before the new access token is used. */
    void replace(String used, String next);

    /**
     * The provider refused {@code used} (a spent or revoked token): only new credentials help now. The app records it
     * so the provider page and the morning report say what to do.
     */
    default void refused(String used, String reason) {
    }

    /** A store kept in memory only, for tests and one-off runs. */
    static RefreshTokenStore inMemory(String initial) {
        return new RefreshTokenStore() {
            private volatile String token = initial;

            @Override
            public String current() {
                return token;
            }

            @Override
            public synchronized void replace(String used, String next) {
                token = next;
            }
        };
    }
}
