package org.seatkeeper.emulator;

/** One ConnectWise contact of a company; {@code email} is its default email communication item. */
public record PsaContactView(long id, long companyId, String firstName, String lastName, String email) {
}
