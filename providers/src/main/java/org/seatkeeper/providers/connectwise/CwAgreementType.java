package org.seatkeeper.providers.connectwise;

/** {@code finance/agreements/types}: what kind of agreement, e.g. "Microsoft 365". */
public record CwAgreementType(Long id, String name, Boolean inactiveFlag, Boolean prorateFlag) {
}
