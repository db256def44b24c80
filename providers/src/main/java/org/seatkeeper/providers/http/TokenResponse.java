package org.seatkeeper.providers.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth token endpoint answer. toString never shows the tokens. */
public record TokenResponse(@JsonProperty("access_token") String accessToken,
                            @JsonProperty("refresh_token") String refreshToken,
                            @JsonProperty("expires_in") Long expiresIn,
                            @JsonProperty("token_type") String tokenType) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn
                + ", refreshToken=" + (refreshToken == null ? "none" : "present") + "]";
    }
}
