package org.seatkeeper.db.psa;

import java.math.BigDecimal;
import java.time.Instant;

/** A ConnectWise catalog item additions can bill; prices in the PSA connection's currency. */
public record PsaProduct(long id, String identifier, String description, boolean inactive, BigDecimal price,
                         BigDecimal cost, String currency, boolean present, Instant refreshedAt) {
}
