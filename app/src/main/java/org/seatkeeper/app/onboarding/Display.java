package org.seatkeeper.app.onboarding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.db.onboarding.Invitation;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.onboarding.OnboardingStage;

/** How onboarding values read on a page. */
final class Display {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Display() {
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    static String stage(OnboardingStage stage) {
        return switch (stage) {
            case CREATED -> "Customer created";
            case INVITED -> "Invited";
            case ACCEPTED -> "Invitation accepted";
            case PROVISIONED -> "Provisioned";
            case CONTRACT_CREATED -> "Contract created";
        };
    }

    static String stageKind(OnboardingStage stage) {
        return switch (stage) {
            case CREATED, INVITED -> "warn";
            case ACCEPTED, PROVISIONED -> "info";
            case CONTRACT_CREATED -> "ok";
        };
    }

    static String path(OnboardingPath path) {
        if (path == null) {
            return "";
        }
        return switch (path) {
            case NEW_TENANT -> "new tenant";
            case INVITATION -> "invitation";
            case MANUAL -> "provider's portal";
        };
    }

    /**
     * Not accepted yet: what the outbox says of its mail, in the Outbox's words (waiting, sent, failed); an invitation
     * from before the link was kept: "sent".
     */
    static String mailStatus(String outboxStatus) {
        if (outboxStatus == null) {
            return "sent";
        }
        return switch (outboxStatus) {
            case "PENDING" -> "waiting";
            case "FAILED" -> "failed";
            default -> "sent";
        };
    }

    static String mailStatusKind(String outboxStatus) {
        return "FAILED".equals(outboxStatus) ? "bad" : "PENDING".equals(outboxStatus) ? "warn" : "info";
    }

    static InvitationRow invitation(Invitation i) {
        String status = i.accepted() ? (i.needsMapping() ? "accepted, map it" : "accepted") : mailStatus(i.mailStatus());
        String kind = i.accepted() ? (i.needsMapping() ? "warn" : "ok") : mailStatusKind(i.mailStatus());
        String mapping = i.needsMapping() && i.providerAccountId() != null ? "/provider-accounts/" + i.providerAccountId() : "";
        return new InvitationRow(i.id(), i.customerName(), Flows.flowHref(i.onboardingId()), i.recipient(),
                date(i.sentAt()), date(i.lastSentAt()), i.timesSent(), status, kind, !i.accepted(), mapping);
    }
}
