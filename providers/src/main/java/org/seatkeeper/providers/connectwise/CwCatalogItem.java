package org.seatkeeper.providers.connectwise;

import java.math.BigDecimal;

public record CwCatalogItem(Long id, String identifier, String description, Boolean inactiveFlag, BigDecimal price,
                            BigDecimal cost) {
}
