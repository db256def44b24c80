package org.seatkeeper.providers.connector;

import java.util.Locale;
import java.util.Optional;

/** Every provider's status and cycle spellings, normalised. Empty = a spelling we do not know (the item is rejected). */
final class StatusMapping {

    private StatusMapping() {
    }

    /** Partner Center: none, active, pending, suspended, deleted, expired, disabled. */
    static Optional<SubscriptionStatus> partnerCenter(String status) {
        return Optional.ofNullable(switch (lower(status)) {
            case "active" -> SubscriptionStatus.ACTIVE;
            case "suspended" -> SubscriptionStatus.SUSPENDED;
            case "deleted", "expired", "disabled" -> SubscriptionStatus.DEACTIVATED;
            case "pending", "none" -> SubscriptionStatus.PENDING;
            default -> null;
        });
    }

    /**
     * Ion's v3 enum, in either case: ACTIVE, ENABLED, RUNNING; SUSPENDED, PAUSED, STOPPED; CANCELLED, EXPIRED,
     * DELETED, DISABLED; PENDING..., ACCEPTED, CONFIRMED, INITIATED, IN_PROGRESS. ERROR, FAILED, COMPLETE and
     * AVAILABLE say nothing sure about a license subscription: unknown, so the record is rejected, not guessed.
     */
    static Optional<SubscriptionStatus> ion(String status) {
        String value = lower(status);
        if (value.startsWith("pending")) {
            return Optional.of(SubscriptionStatus.PENDING);
        }
        return Optional.ofNullable(switch (value) {
            case "active", "enabled", "running" -> SubscriptionStatus.ACTIVE;
            case "suspended", "paused", "stopped" -> SubscriptionStatus.SUSPENDED;
            case "cancelled", "canceled", "expired", "deleted", "disabled" -> SubscriptionStatus.DEACTIVATED;
            case "accepted", "confirmed", "initiated", "in_progress" -> SubscriptionStatus.PENDING;
            default -> null;
        });
    }

    /**
     * Pax8: Active, Activated; PendingCancel (billed until its term ends: active, see {@link #endsAtTermEnd});
     * Trial; Cancelled, Converted (a trial that became a paid subscription of its own); PendingManual,
     * PendingAutomated, PendingActivation, WaitingForDetails.
     */
    static Optional<SubscriptionStatus> pax8(String status) {
        return Optional.ofNullable(switch (lower(status)) {
            case "active", "activated", "pendingcancel" -> SubscriptionStatus.ACTIVE;
            case "trial" -> SubscriptionStatus.TRIAL;
            case "suspended" -> SubscriptionStatus.SUSPENDED;
            case "cancelled", "canceled", "converted", "deleted" -> SubscriptionStatus.DEACTIVATED;
            case "pendingmanual", "pendingautomated", "pendingactivation", "waitingfordetails", "pending" ->
                    SubscriptionStatus.PENDING;
            default -> null;
        });
    }

    /** Pax8's PendingCancel: still running, cancelled when its term ends (so it does not renew). */
    static boolean endsAtTermEnd(String status) {
        return lower(status).equals("pendingcancel");
    }

    /** A running subscription the provider marks as a trial (Partner Center and Ion isTrial) is a TRIAL. */
    static SubscriptionStatus withTrial(SubscriptionStatus status, Boolean isTrial) {
        return status == SubscriptionStatus.ACTIVE && Boolean.TRUE.equals(isTrial) ? SubscriptionStatus.TRIAL : status;
    }

    /** monthly, annual, triennial, none (PC and Ion); Monthly, Annual, 3-Year, One-Time (Pax8). */
    static BillingCycle billingCycle(String cycle) {
        return switch (lower(cycle).replace("-", "").replace("_", "")) {
            case "monthly", "month", "p1m" -> BillingCycle.MONTHLY;
            case "annual", "yearly", "year", "1year", "p1y" -> BillingCycle.ANNUAL;
            case "triennial", "3year", "p3y" -> BillingCycle.TRIENNIAL;
            default -> BillingCycle.NONE;
        };
    }

    /** Term as ISO period: P1M, P1Y, P3Y; already-ISO values pass through. Null when unknown. */
    static String term(String term) {
        String value = lower(term).replace("-", "").replace("_", "");
        return switch (value) {
            case "p1m", "monthly", "month", "1month" -> "P1M";
            case "p1y", "annual", "yearly", "1year" -> "P1Y";
            case "p2y", "2year" -> "P2Y";
            case "p3y", "triennial", "3year" -> "P3Y";
            default -> value.startsWith("p") ? term.trim().toUpperCase(Locale.ROOT) : null;
        };
    }

    static RelationshipStatus partnerCenterRelationship(String relationship) {
        return switch (lower(relationship)) {
            case "reseller" -> RelationshipStatus.RESELLER;
            case "pending" -> RelationshipStatus.PENDING;
            case "inactive" -> RelationshipStatus.INACTIVE;
            default -> RelationshipStatus.NONE;
        };
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
