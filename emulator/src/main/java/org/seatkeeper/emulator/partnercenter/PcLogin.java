package org.seatkeeper.emulator.partnercenter;

import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.http.AadReplies;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.TokenIssuer;

/** {@code POST /login/{partnerTenantId}/oauth2/token}: refresh-token (App+User) and client-credentials grants. */
final class PcLogin {

    static final String RESOURCE = "https://api.partnercenter.microsoft.com";

    private final DemoCredentials.PartnerCenter credentials;
    private final PartnerCenterState state;
    private final TokenIssuer tokens;

    PcLogin(DemoCredentials.PartnerCenter credentials, PartnerCenterState state, TokenIssuer tokens) {
        this.credentials = credentials;
        this.state = state;
        this.tokens = tokens;
    }

    HttpReply token(HttpCall call, String tenant) {
        if (!call.is("POST")) {
            return AadReplies.error("invalid_request", "AADSTS900561: The endpoint only accepts POST requests.");
        }
        if (!tenant.equalsIgnoreCase(credentials.partnerTenantId())) {
            return AadReplies.error("invalid_request", "AADSTS90002: Tenant '" + tenant + "' not found.");
        }
        if (!credentials.clientId().equals(call.formValue("client_id"))
                || !credentials.clientSecret().equals(call.formValue("client_secret"))) {
            return AadReplies.error("invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        String grantType = call.formValue("grant_type");
        if ("refresh_token".equals(grantType)) {
            if (!state.validRefreshToken(call.formValue("refresh_token"))) {
                return AadReplies.error("invalid_grant", "AADSTS70000: The provided refresh token is invalid or has expired.");
            }
        } else if (!"client_credentials".equals(grantType)) {
            return AadReplies.error("unsupported_grant_type", "AADSTS70003: The grant type '" + grantType + "' is not supported.");
        }
        String refreshToken = "refresh_token".equals(grantType) ? tokens.newSecret() : null;
        if (refreshToken != null) {
            state.addRefreshToken(refreshToken);
        }
        return AadReplies.token(tokens.issue(credentials.partnerTenantId()), tokens.lifetimeSeconds(), RESOURCE, refreshToken);
    }
}
