package org.seatkeeper.emulator;

import java.time.LocalDate;

/** What a person changes on an addition in ConnectWise by hand; null leaves a field as it is. */
public record PsaAdditionEdit(Integer quantity, Integer lessIncluded, String description, String invoiceDescription,
                              LocalDate cancelledDate) {

    public static PsaAdditionEdit quantity(int quantity) {
        return new PsaAdditionEdit(quantity, null, null, null, null);
    }
}
