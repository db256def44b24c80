package org.seatkeeper.providers.connectwise;

import java.math.BigDecimal;

/** An agreement addition (§6.5): billed = quantity - lessIncluded, from effectiveDate until cancelledDate. */
public record CwAddition(Long id, CwReference product, String billCustomer, BigDecimal quantity,
                         BigDecimal lessIncluded, BigDecimal unitPrice, BigDecimal unitCost, String effectiveDate,
                         String cancelledDate, String invoiceDescription, String description, Long agreementId) {
}
