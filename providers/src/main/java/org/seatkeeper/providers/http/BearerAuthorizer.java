package org.seatkeeper.providers.http;

/** "Bearer" header over a {@link TokenCache}; a 401 drops the token and allows one more try. */
public final class BearerAuthorizer implements Authorizer {

    private static final String PREFIX = "Bearer ";
    private final TokenCache tokens;

    public BearerAuthorizer(TokenCache tokens) {
        this.tokens = tokens;
    }

    @Override
    public String authorization() {
        return PREFIX + tokens.token();
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        if (rejected != null && rejected.startsWith(PREFIX)) {
            tokens.invalidate(rejected.substring(PREFIX.length()));
        }
        return true;
    }
}
