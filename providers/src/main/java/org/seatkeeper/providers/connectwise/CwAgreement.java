package org.seatkeeper.providers.connectwise;

/**
 * An agreement (§6.4). {@code prorateFlag}: additions changed mid-period are prorated, so a quantity change is billed
 * from its day (ConnectWise practice: cancel the old addition, add a new one).
 */
public record CwAgreement(Long id, String name, CwReference type, CwReference company, String agreementStatus,
                          String startDate, String endDate, Boolean cancelledFlag, CwReference parentAgreement,
                          Boolean prorateFlag, Boolean invoiceProratedAdditionsFlag, CwReference billingCycle) {
}
