package org.seatkeeper.emulator.http;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;

/** Where each API lives on the emulator's one port. */
public final class ApiUrls {

    private ApiUrls() {
    }

    /** The base path a client is configured with, ending in a slash. */
    public static String basePath(Api api) {
        return switch (api) {
            case PARTNER_CENTER -> "/partnercenter/v1/";
            case GRAPH -> "/graph/v1.0/";
            case ION -> "/ion/api/v3/";
            case PAX8 -> "/pax8/v1/";
            case CONNECTWISE -> "/connectwise/v4_6_release/apis/3.0/";
        };
    }

    /**
     * The token path. Graph tokens are per customer tenant, so its path is the login authority
     * {@code /login/} to which the client appends {@code {tenantId}/oauth2/v2.0/token}; ConnectWise has no token
     * endpoint and answers with its company-info path.
     */
    public static String tokenPath(Api api, DemoCredentials credentials) {
        return switch (api) {
            case PARTNER_CENTER -> "/login/" + credentials.partnerCenter().partnerTenantId() + "/oauth2/token";
            case GRAPH -> "/login/";
            case ION -> "/ion/oauth/token";
            case PAX8 -> "/pax8/v1/token";
            case CONNECTWISE -> "/connectwise/login/companyinfo/" + credentials.connectWise().companyId();
        };
    }

    /** Token path as shown in the control JSON (Graph shows its template). */
    public static String tokenPathTemplate(Api api, DemoCredentials credentials) {
        return api == Api.GRAPH ? "/login/{customerTenantId}/oauth2/v2.0/token" : tokenPath(api, credentials);
    }
}
