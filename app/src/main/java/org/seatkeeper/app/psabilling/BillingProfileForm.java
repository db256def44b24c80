package org.seatkeeper.app.psabilling;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.AmountInput;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.SkuTerm;

/**
 * A billing profile as staff type it. The ticked agreement types and SKU terms arrive as repeated parameters and are
 * kept in the form as comma-separated values, so a refused form shows them ticked again. Price and cost may be left
 * empty: saving fills them from Seatkeeper's product ({@link BillingProfiles}).
 */
record BillingProfileForm(String name, Long psaProductId, BigDecimal unitPrice, BigDecimal unitCost, String currency,
                          Set<Long> agreementTypeIds, Set<SkuTerm> skus) {

    static final String TYPES = "agreementTypeIds";
    static final String SKUS = "skus";

    static FormModel read(HttpServletRequest request) {
        FormModel form = FormModel.of(request);
        form.with(TYPES, joined(request.getParameterValues(TYPES)));
        form.with(SKUS, joined(request.getParameterValues(SKUS)));
        return form;
    }

    static FormModel of(BillingProfile p) {
        var d = p.details();
        return FormModel.empty().with("name", d.name()).with("psaProductId", d.psaProductId())
                .with("unitPrice", d.unitPrice().stripTrailingZeros().toPlainString())
                .with("unitCost", d.unitCost().stripTrailingZeros().toPlainString())
                .with("currency", d.currency())
                .with(TYPES, d.agreementTypeIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .with(SKUS, d.skus().stream().map(SkuTerm::value).sorted().collect(Collectors.joining(",")))
                .with("version", p.version());
    }

    static BillingProfileForm parse(FormModel form) {
        String name = form.value("name");
        if (name.isEmpty()) {
            form.error("name", "Enter a name for the profile, e.g. Microsoft 365 Business Premium (monthly).");
        }
        FieldLimits.atMost(form, "name", 200);
        Long product = null;
        try {
            product = Long.parseLong(form.value("psaProductId"));
        } catch (NumberFormatException e) {
            form.error("psaProductId", "Choose the ConnectWise catalog product the additions bill.");
        }
        BigDecimal price = money(form, "unitPrice", "unit price");
        BigDecimal cost = money(form, "unitCost", "unit cost");
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            form.error("currency", "Enter a 3-letter currency code, e.g. USD.");
        } else if (!IsoCurrencies.isKnown(currency)) {
            form.error("currency", currency + " is not an ISO 4217 currency code. Enter one such as EUR or USD.");
        }
        Set<Long> types = new LinkedHashSet<>();
        for (String value : split(form.value(TYPES))) {
            try {
                types.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                form.error(TYPES, "Tick the agreement types from the list.");
            }
        }
        if (types.isEmpty() && !form.getErrors().containsKey(TYPES)) {
            form.error(TYPES, "Tick at least one agreement type the additions may go on.");
        }
        Set<SkuTerm> skus = new LinkedHashSet<>();
        for (String value : split(form.value(SKUS))) {
            int colon = value.lastIndexOf(':');
            try {
                skus.add(new SkuTerm(value.substring(0, colon), value.substring(colon + 1)));
            } catch (RuntimeException e) {
                form.error(SKUS, "Tick the licenses and terms from the list.");
            }
        }
        if (skus.isEmpty() && !form.getErrors().containsKey(SKUS)) {
            form.error(SKUS, "Tick at least one license and term the profile bills.");
        }
        return new BillingProfileForm(name, product, price, cost, currency, types, skus);
    }

    private static BigDecimal money(FormModel form, String field, String label) {
        AmountInput.Parsed parsed = AmountInput.parse(form.value(field), label);
        if (parsed.problem() != null) {
            form.error(field, parsed.problem());
        }
        return parsed.amount();
    }

    static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String joined(String[] values) {
        return values == null ? "" : String.join(",", values);
    }
}
