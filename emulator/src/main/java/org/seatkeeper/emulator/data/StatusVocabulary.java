package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each provider's own status spellings (provider-apis.md §1.8, §3.4, §5) and what each means for the emulated
 * lifecycle. The control API sets a status in the provider's spelling, which the provider's answers then carry as is.
 */
public final class StatusVocabulary {

    private static final Map<String, SubscriptionStatus> PARTNER_CENTER = spellings(
            "none", SubscriptionStatus.PENDING, "active", SubscriptionStatus.ACTIVE,
            "pending", SubscriptionStatus.PENDING, "suspended", SubscriptionStatus.SUSPENDED,
            "deleted", SubscriptionStatus.DELETED, "expired", SubscriptionStatus.EXPIRED,
            "disabled", SubscriptionStatus.SUSPENDED);

    private static final Map<String, SubscriptionStatus> ION = spellings(
            "ACTIVE", SubscriptionStatus.ACTIVE, "ENABLED", SubscriptionStatus.ACTIVE,
            "RUNNING", SubscriptionStatus.ACTIVE, "COMPLETE", SubscriptionStatus.ACTIVE,
            "AVAILABLE", SubscriptionStatus.ACTIVE, "SUSPENDED", SubscriptionStatus.SUSPENDED,
            "PAUSED", SubscriptionStatus.SUSPENDED, "STOPPED", SubscriptionStatus.SUSPENDED,
            "DISABLED", SubscriptionStatus.SUSPENDED, "CANCELLED", SubscriptionStatus.DELETED,
            "DELETED", SubscriptionStatus.DELETED, "EXPIRED", SubscriptionStatus.EXPIRED,
            "PENDING", SubscriptionStatus.PENDING, "ACCEPTED", SubscriptionStatus.PENDING,
            "CONFIRMED", SubscriptionStatus.PENDING, "INITIATED", SubscriptionStatus.PENDING,
            "IN_PROGRESS", SubscriptionStatus.PENDING, "ERROR", SubscriptionStatus.DELETED,
            "FAILED", SubscriptionStatus.DELETED);

    private static final Map<String, SubscriptionStatus> PAX8 = spellings(
            "Active", SubscriptionStatus.ACTIVE, "Activated", SubscriptionStatus.ACTIVE,
            "Trial", SubscriptionStatus.ACTIVE, "PendingCancel", SubscriptionStatus.SUSPENDED,
            "Cancelled", SubscriptionStatus.DELETED, "Converted", SubscriptionStatus.DELETED,
            "PendingManual", SubscriptionStatus.PENDING, "PendingAutomated", SubscriptionStatus.PENDING,
            "WaitingForDetails", SubscriptionStatus.PENDING, "PendingActivation", SubscriptionStatus.PENDING);

    private StatusVocabulary() {
    }

    /** The provider's spelling of a lifecycle status (Pax8 has no "suspended": its nearest is PendingCancel). */
    public static String spelling(Api provider, SubscriptionStatus status) {
        return switch (provider) {
            case ION -> switch (status) {
                case ACTIVE -> "active"; // the real sample spells it in lower case, the others in upper case
                case SUSPENDED -> "SUSPENDED";
                case EXPIRED -> "EXPIRED";
                case DELETED -> "CANCELLED";
                case PENDING -> "PENDING";
            };
            case PAX8 -> switch (status) {
                case ACTIVE -> "Active";
                case SUSPENDED -> "PendingCancel";
                case EXPIRED, DELETED -> "Cancelled";
                case PENDING -> "PendingManual";
            };
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The provider's own spelling of {@code text} (matched ignoring case) and its lifecycle; a generic word
     * ({@code active}, {@code suspended}, {@code deleted}, ...) gets the provider's usual spelling.
     *
     * @throws IllegalArgumentException for a word the provider does not use
     */
    public static Spelled parse(Api provider, String text) {
        Map<String, SubscriptionStatus> vocabulary = switch (provider) {
            case PARTNER_CENTER -> PARTNER_CENTER;
            case ION -> ION;
            case PAX8 -> PAX8;
            default -> throw new IllegalArgumentException(provider + " has no subscriptions");
        };
        String wanted = text.trim();
        for (Map.Entry<String, SubscriptionStatus> entry : vocabulary.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(wanted)) {
                boolean ionLowerActive = provider == Api.ION && wanted.equals("active");
                return new Spelled(ionLowerActive ? "active" : entry.getKey(), entry.getValue());
            }
        }
        try {
            SubscriptionStatus generic = SubscriptionStatus.parse(wanted);
            return new Spelled(spelling(provider, generic), generic);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(provider + " has no subscription status '" + text + "'; it knows "
                    + vocabulary.keySet());
        }
    }

    /** A status as the provider spells it, and what it means. */
    public record Spelled(String text, SubscriptionStatus lifecycle) {
    }

    private static Map<String, SubscriptionStatus> spellings(Object... pairs) {
        Map<String, SubscriptionStatus> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (SubscriptionStatus) pairs[i + 1]);
        }
        return map;
    }
}
