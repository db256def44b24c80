package org.seatkeeper.providers.connector;

/** @param message says plainly what worked or what failed and what to check */
public record ConnectionCheck(boolean ok, String message) {
}
