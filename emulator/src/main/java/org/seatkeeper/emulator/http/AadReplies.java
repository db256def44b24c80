package org.seatkeeper.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** Microsoft Entra (login.microsoftonline.com) token answers, shared by Partner Center and Graph. */
public final class AadReplies {

    private AadReplies() {
    }

    public static HttpReply error(String error, String description) {
        ObjectNode json = Json.object();
        json.put("error", error);
        json.put("error_description", description);
        json.putArray("error_codes").add(error.equals("invalid_client") ? 7000215 : 70000);
        json.put("timestamp", Instant.now().toString().replace('T', ' ').replace("Z", "Z"));
        return HttpReply.json(error.equals("invalid_client") ? 401 : 400, json);
    }

    public static HttpReply token(TokenIssuer.Grant grant, long lifetimeSeconds, String resource, String refreshToken) {
        ObjectNode json = Json.object();
        json.put("token_type", "Bearer");
        json.put("scope", "user_impersonation");
        json.put("expires_in", Long.toString(lifetimeSeconds));
        json.put("ext_expires_in", Long.toString(lifetimeSeconds));
        json.put("expires_on", Long.toString(grant.expiresAt().getEpochSecond()));
        json.put("not_before", Long.toString(grant.expiresAt().getEpochSecond() - lifetimeSeconds));
        if (resource != null) {
            json.put("resource", resource);
        }
        json.put("access_token", grant.token());
        if (refreshToken != null) {
            json.put("refresh_token", refreshToken);
        }
        return HttpReply.ok(json);
    }
}
