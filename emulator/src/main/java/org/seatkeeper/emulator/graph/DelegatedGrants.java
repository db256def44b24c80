package org.seatkeeper.emulator.graph;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.http.AadReplies;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.TokenIssuer;
import org.seatkeeper.emulator.partnercenter.PartnerCenterState;

/**
 * Graph tokens through the partner's delegated admin access (GDAP): the Partner Center app and a refresh token it
 * holds, exchanged at the customer tenant's authority for {@code https://graph.microsoft.com/.default}. The tokens are
 * remembered, so a tenant whose delegated access ends refuses them too.
 */
public final class DelegatedGrants {

    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    private final DemoCredentials.PartnerCenter partnerApp;
    private final PartnerCenterState partnerCenter;
    private final TokenIssuer tokens;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();

    public DelegatedGrants(DemoCredentials.PartnerCenter partnerApp, PartnerCenterState partnerCenter, TokenIssuer tokens) {
        this.partnerApp = partnerApp;
        this.partnerCenter = partnerCenter;
        this.tokens = tokens;
    }

    HttpReply token(HttpCall call, String tenantId, boolean reachable) {
        if (!partnerApp.clientId().equals(call.formValue("client_id"))
                || !partnerApp.clientSecret().equals(call.formValue("client_secret"))) {
            return AadReplies.error("invalid_client", "AADSTS7000215: Invalid client secret provided.");
        }
        if (!partnerCenter.validRefreshToken(call.formValue("refresh_token"))) {
            return AadReplies.error("invalid_grant", "AADSTS70000: The provided refresh token is invalid or has expired.");
        }
        String scope = call.formValue("scope");
        if (scope == null || !scope.contains(GRAPH_SCOPE)) {
            return AadReplies.error("invalid_scope", "AADSTS70011: The provided scope is not valid. Ask for " + GRAPH_SCOPE + ".");
        }
        if (!reachable) {
            return AadReplies.error("invalid_grant", "AADSTS50020: The partner's admin account has no delegated access to tenant "
                    + tenantId + ".");
        }
        TokenIssuer.Grant grant = tokens.issue(tenantId);
        issued.add(grant.token());
        String next = tokens.newSecret();
        partnerCenter.addRefreshToken(next);
        return AadReplies.token(grant, tokens.lifetimeSeconds(), null, next);
    }

    boolean isDelegated(String token) {
        return issued.contains(token);
    }
}
