package org.seatkeeper.emulator;

/** The fixed credentials the emulator accepts, one record per API. */
public record DemoCredentials(PartnerCenter partnerCenter, Graph graph, Ion ion, Pax8 pax8, ConnectWise connectWise) {

    public static DemoCredentials standard() {
        return new DemoCredentials(
                new PartnerCenter("6b1f3c2e-8d4a-4e7b-9c15-2f0a7d3e5b91", "c2d1e0f3-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                        "demo-pc-secret", "demo-pc-refresh-token"),
                new Graph("0e3f9a51-7c2d-4b8e-a6f4-5d2c1b0a9e87", "demo-graph-secret"),
                new Ion(10001, "demo-ion-refresh-token-0"),
                new Pax8("demo-pax8-client", "demo-pax8-secret"),
                new ConnectWise("seatkeeperdemo", "demoPublicKey", "demoPrivateKey", "5a6b7c8d-1e2f-4a3b-9c8d-7e6f5a4b3c2d"));
    }

    /** App+User refresh-token flow against {@code /login/{partnerTenantId}/oauth2/token}. */
    public record PartnerCenter(String partnerTenantId, String clientId, String clientSecret, String refreshToken) {
    }

    /** client_credentials against {@code /login/{customerTenantId}/oauth2/v2.0/token}. */
    public record Graph(String clientId, String clientSecret) {
    }

    /** The initial refresh token is single-use like every Ion refresh token. */
    public record Ion(int accountId, String refreshToken) {
    }

    public record Pax8(String clientId, String clientSecret) {
    }

    /** Basic auth is {@code companyId+publicKey:privateKey}; clientId goes in the {@code clientId} header. */
    public record ConnectWise(String companyId, String publicKey, String privateKey, String clientId) {
    }
}
