package org.seatkeeper.app.onboarding;

/** One step on an onboarding's overview page: its state in words and the link that continues it (may be empty). */
public record StepRow(String title, String status, String statusKind, String detail, String href, String linkLabel) {
}
