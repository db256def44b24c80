package org.seatkeeper.app.jobs;

/**
 * "Send the morning report now" on the jobs page (the reports feature does it): returns what the page says; a refusal
 * is a {@link org.seatkeeper.batch.jobs.JobRefusedException} in words.
 */
@FunctionalInterface
public interface ReportByHand {
    String sendNow(String username);
}
