package org.seatkeeper.app.contracts;

/** One finding of the contract health check: what is wrong, and the link to where it is fixed. */
public record HealthProblem(String kind, String subject, String message, String fixHref, String fixLabel) {
}
