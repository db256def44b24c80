package org.seatkeeper.app.providers;

import java.util.List;
import java.util.Map;

/**
 * The provider kinds and, for each, the credentials its connector needs (keys as documented on
 * {@code ConnectorSettings}) with the form field that carries each one.
 */
final class ProviderKinds {

    /** One credential: its key in the stored JSON, its form field, its label, and whether it is a secret. */
    record Credential(String key, String field, String label, boolean secret) {
    }

    record Kind(String value, String label, List<Credential> credentials) {
    }

    static final List<Kind> ALL = List.of(
            new Kind("PARTNER_CENTER", "Microsoft Partner Center", List.of(
                    new Credential("partnerTenantId", "pcPartnerTenantId", "Partner tenant id", false),
                    new Credential("clientId", "pcClientId", "App (client) id", false),
                    new Credential("clientSecret", "pcClientSecret", "App secret", true),
                    new Credential("refreshToken", "pcRefreshToken", "Refresh token", true))),
            new Kind("ION", "TD SYNNEX StreamOne Ion", List.of(
                    new Credential("accountId", "ionAccountId", "Account id", false),
                    new Credential("refreshToken", "ionRefreshToken", "Refresh token", true))),
            new Kind("PAX8", "Pax8", List.of(
                    new Credential("clientId", "pax8ClientId", "Client id", false),
                    new Credential("clientSecret", "pax8ClientSecret", "Client secret", true))),
            new Kind("MANUAL", "Manual (no API)", List.of()));

    private ProviderKinds() {
    }

    static Kind of(String value) {
        return ALL.stream().filter(k -> k.value().equals(value)).findFirst().orElse(null);
    }

    static String label(String value) {
        Kind kind = of(value);
        return kind == null ? value : kind.label();
    }

    static List<Map<String, String>> options() {
        return ALL.stream().map(k -> Map.of("value", k.value(), "label", k.label())).toList();
    }
}
