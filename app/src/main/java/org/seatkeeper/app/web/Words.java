package org.seatkeeper.app.web;

import java.util.Locale;

/** Stored names as people read them: "BILLING_CONTRACT" is "billing contract", never the raw enum name. */
public final class Words {

    private Words() {
    }

    /** "ACTIVE" as "active", "NEW_TENANT" as "new tenant"; blank as "". */
    public static String of(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "BILLING_CONTRACT" as "Billing contract". */
    public static String capitalized(String name) {
        String words = of(name);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A status as a provider spelled it ("Active", "ACTIVE", "PendingCancellation", "in_grace") in the same lower-case
     * words for every provider ("active", "pending cancellation", "in grace").
     */
    public static String providerStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String spaced = raw.strip().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ');
        return spaced.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** "1 license", "2 licenses": the count and the noun, singular for one. */
    public static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
