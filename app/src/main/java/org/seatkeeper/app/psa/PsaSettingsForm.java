package org.seatkeeper.app.psa;

import static org.seatkeeper.db.jooq.Tables.PSA_CONNECTION;

import java.net.URI;
import java.util.Locale;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.psa.PsaConnection;
import org.seatkeeper.db.psa.PsaConnectionDetails;

/**
 * The PSA connection form: ConnectWise site, company id, client id, the API member's public and private key, and the
 * catalog's currency. The keys are never put back into the form: empty keeps the stored ones.
 */
final class PsaSettingsForm {

    static final String PUBLIC_KEY = "publicKey";
    static final String PRIVATE_KEY = "privateKey";

    private PsaSettingsForm() {
    }

    /** What was typed, checked: the details, and the keys (null = keep the stored ones). */
    record Parsed(PsaConnectionDetails details, PsaKeys.Pair keys) {
    }

    static FormModel of(PsaConnection c) {
        return FormModel.empty().with("siteUrl", c.siteUrl()).with("companyId", c.companyId())
                .with("clientId", c.clientId()).with("currency", c.currency()).with("version", c.version());
    }

    static FormModel empty() {
        return FormModel.empty().with("currency", "USD").with("version", 0);
    }

    /** Checks every field; the form then holds a message by each wrong one, and never the keys typed. */
    static Parsed parse(FormModel form, boolean keysStored) {
        String site = form.value("siteUrl");
        String publicKey = form.value(PUBLIC_KEY);
        String privateKey = form.value(PRIVATE_KEY);
        form.getValues().remove(PUBLIC_KEY);
        form.getValues().remove(PRIVATE_KEY);
        String siteUrl = siteUrl(form, site);
        String companyId = form.value("companyId");
        if (companyId.isEmpty()) {
            form.error("companyId", "Enter the company id you sign in to ConnectWise with.");
        } else if (!companyId.matches("[A-Za-z0-9_.-]+")) {
            form.error("companyId", "A ConnectWise company id is letters, digits, dots, dashes and underscores.");
        }
        String clientId = form.value("clientId");
        if (clientId.isEmpty()) {
            form.error("clientId", "Enter the clientId from developer.connectwise.com: ConnectWise requires it.");
        }
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (!IsoCurrencies.isKnown(currency)) {
            form.error("currency", "Enter an ISO 4217 currency code, e.g. USD.");
        }
        boolean anyKey = !publicKey.isEmpty() || !privateKey.isEmpty();
        if (!keysStored || anyKey) {
            if (publicKey.isEmpty()) {
                form.error(PUBLIC_KEY, keysStored ? "Enter both keys to replace them." : "Enter the API member's public key.");
            }
            if (privateKey.isEmpty()) {
                form.error(PRIVATE_KEY, keysStored ? "Enter both keys to replace them." : "Enter the API member's private key.");
            }
        }
        if (publicKey.length() > 200) {
            form.error(PUBLIC_KEY, "A ConnectWise key is at most 200 characters.");
        }
        if (privateKey.length() > 200) {
            form.error(PRIVATE_KEY, "A ConnectWise key is at most 200 characters.");
        }
        FieldLimits.atMost(form, "companyId", PSA_CONNECTION.COMPANY_ID);
        FieldLimits.atMost(form, "clientId", PSA_CONNECTION.CLIENT_ID);
        return new Parsed(new PsaConnectionDetails(siteUrl, companyId, clientId, currency),
                anyKey ? new PsaKeys.Pair(publicKey, privateKey) : null);
    }

    /** "api-na.myconnectwise.net" is taken as https://api-na.myconnectwise.net/. */
    private static String siteUrl(FormModel form, String typed) {
        if (typed.isEmpty()) {
            form.error("siteUrl", "Enter your ConnectWise site, e.g. api-na.myconnectwise.net.");
            return "";
        }
        String withScheme = typed.contains("://") ? typed : "https://" + typed;
        try {
            URI uri = URI.create(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getQuery() != null
                    || uri.getFragment() != null || withScheme.length() > 500) {
                throw new IllegalArgumentException();
            }
            return withScheme.endsWith("/") ? withScheme : withScheme + "/";
        } catch (IllegalArgumentException e) {
            form.error("siteUrl", "Enter the site as ConnectWise gives it, e.g. api-na.myconnectwise.net or https://cw.example.com/.");
            return "";
        }
    }
}
