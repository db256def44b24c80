package org.seatkeeper.providers.connectwise;

public record CwAgreement(Long id, String name, CwReference type, CwReference company, String agreementStatus,
                          String startDate, String endDate, Boolean cancelledFlag, CwReference parentAgreement) {
}
