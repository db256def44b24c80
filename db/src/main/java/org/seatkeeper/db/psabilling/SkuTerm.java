package org.seatkeeper.db.psabilling;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A Graph SKU in one NCE term: what a billing profile bills ("cbdc14ab-…:P1M").
 *
 * @param term P1M (monthly), P1Y (annual) or P3Y (triennial)
 */
public record SkuTerm(String skuId, String term) {

    public static final Set<String> TERMS = Set.of("P1M", "P1Y", "P3Y");

    public SkuTerm {
        skuId = Objects.requireNonNull(skuId).toLowerCase(Locale.ROOT);
        if (!TERMS.contains(term)) {
            throw new IllegalArgumentException("Not a term: " + term);
        }
    }

    /** The form's value: "skuId:term". */
    public String value() {
        return skuId + ":" + term;
    }

    public static String termName(String term) {
        return switch (term) {
            case "P1M" -> "monthly";
            case "P1Y" -> "annual";
            default -> "triennial";
        };
    }
}
