package org.seatkeeper.emulator;

/**
 * One ConnectWise agreement as the emulated PSA holds it.
 *
 * @param status  {@code Active}, {@code Cancelled}, {@code Expired} or {@code Inactive}
 * @param prorate whether additions changed mid-period are prorated ({@code prorateFlag})
 */
public record PsaAgreementView(long id, String name, long companyId, String companyName, String type, String status,
                               boolean prorate) {
}
