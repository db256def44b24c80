package org.seatkeeper.app.onboarding;

/** An invitation on the overview and follow-up lists; {@code canResend} while it waits for acceptance. */
public record InvitationRow(long id, String customerName, String flowHref, String recipient, String sentAt,
                            String lastSentAt, int timesSent, String status, String statusKind, boolean canResend,
                            String mappingHref) {
}
