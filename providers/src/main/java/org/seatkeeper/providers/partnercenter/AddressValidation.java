package org.seatkeeper.providers.partnercenter;

import java.util.List;

/** POST validations/address, current shape (§1.5). */
public record AddressValidation(PcAddress originalAddress, List<PcAddress> suggestedAddresses, String status,
                                String validationMessage) {

    public AddressValidation {
        suggestedAddresses = suggestedAddresses == null ? List.of() : List.copyOf(suggestedAddresses);
    }
}
