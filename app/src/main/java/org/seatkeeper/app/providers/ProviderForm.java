package org.seatkeeper.app.providers;

import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;

/** Parses and checks the provider form; credentials are read from the fields of the chosen kind only. */
final class ProviderForm {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ProviderForm() {
    }

    /** @return the details, or null when the form has errors */
    static ProviderDetails parse(FormModel form) {
        if (form.value("name").isEmpty()) {
            form.error("name", "Enter a name, e.g. \"Partner Center (direct)\".");
        }
        ProviderKinds.Kind kind = ProviderKinds.of(form.value("kind"));
        if (kind == null) {
            form.error("kind", "Choose the kind of provider.");
        }
        boolean automatic = "true".equals(form.value("automatic"));
        if (automatic && kind != null && kind.credentials().isEmpty()) {
            form.error("automatic", "A manual provider has no API to sync from: leave \"automatic\" unticked.");
        }
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (!IsoCurrencies.isKnown(currency)) {
            form.error("currency", "Enter an ISO 4217 currency code, e.g. USD, EUR or GBP.");
        }
        Set<String> countries = new TreeSet<>();
        for (String code : Arrays.stream(form.value("countries").split("[,;\\s]+")).filter(c -> !c.isEmpty()).toList()) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(upper)) {
                form.error("countries", "\"" + code + "\" is not an ISO country code. Use two letters separated by commas, e.g. US, CA, GB.");
            }
            countries.add(upper);
        }
        checkUrl(form, "apiBaseUrl");
        checkUrl(form, "tokenUrl");
        // the provider table's widths (kind, currency and countries are checked against their lists above)
        FieldLimits.atMost(form, "name", PROVIDER.NAME);
        FieldLimits.atMost(form, "apiBaseUrl", PROVIDER.API_BASE_URL);
        FieldLimits.atMost(form, "tokenUrl", PROVIDER.TOKEN_URL);
        if (form.hasErrors()) {
            return null;
        }
        return new ProviderDetails(form.value("name"), kind.value(), automatic, currency, form.value("apiBaseUrl"),
                form.value("tokenUrl"), countries);
    }

    /**
     * The credentials typed for the chosen kind, merged over the stored ones (an empty field keeps the stored value).
     * Every credential of the kind must end up with a value; otherwise the field gets a message.
     */
    static Map<String, String> credentials(FormModel form, Map<String, String> typed, String kind, Map<String, String> stored) {
        Map<String, String> result = new LinkedHashMap<>();
        ProviderKinds.Kind k = ProviderKinds.of(kind);
        if (k == null) {
            return result;
        }
        for (ProviderKinds.Credential c : k.credentials()) {
            String value = typed.getOrDefault(c.field(), "").trim();
            if (value.isEmpty()) {
                value = stored.getOrDefault(c.key(), "");
            }
            if (value.isEmpty()) {
                form.error(c.field(), "Enter the " + c.label().toLowerCase(Locale.ROOT) + " for " + k.label() + ".");
            }
            result.put(c.key(), value);
        }
        return result;
    }

    static FormModel toForm(Provider p) {
        return FormModel.empty().with("name", p.name()).with("kind", p.kind()).with("automatic", p.automatic())
                .with("currency", p.currency()).with("countries", String.join(", ", new TreeSet<>(p.countries())))
                .with("apiBaseUrl", p.apiBaseUrl()).with("tokenUrl", p.tokenUrl()).with("version", p.version());
    }

    /** What the audit keeps: never a credential. */
    static AuditState describe(ProviderDetails d) {
        return state(d.name(), d.kind(), d.automatic(), d.currency(), d.countries(), d.apiBaseUrl(), d.tokenUrl());
    }

    static AuditState state(String name, String kind, boolean automatic, String currency, Set<String> countries,
                            String apiBaseUrl, String tokenUrl) {
        return AuditState.of("name", name, "kind", kind, "automatic", automatic, "currency", currency,
                "countries", String.join(", ", new TreeSet<>(countries)), "apiBaseUrl", apiBaseUrl, "tokenUrl", tokenUrl);
    }

    private static void checkUrl(FormModel form, String field) {
        String value = form.value(field);
        if (value.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                form.error(field, "Enter a full URL starting with https://, or leave it empty for the provider's own.");
            }
        } catch (URISyntaxException e) {
            form.error(field, "Enter a full URL starting with https://, or leave it empty for the provider's own.");
        }
    }
}
