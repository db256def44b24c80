package org.seatkeeper.db.mismatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One finding as the report shows it: the numbers side by side (null where the check does not use them), the
 * direction and the money at stake. {@code difference}: positive means we bill less than we should, negative more.
 */
public record Finding(long id, CheckKind check, SubjectType subjectType, long subjectId, String subjectName,
                      Long providerId, String providerName, Long customerId, String customerName, Long subscriptionId,
                      Long providerAccountId, Long productId, Integer providerQuantity, Integer seatkeeperQuantity,
                      Integer logQuantity, Integer billedQuantity, Integer enabledUnits, Integer assignedUnits,
                      String providerStatus, String seatkeeperStatus, Direction direction, Integer difference,
                      BigDecimal unitPrice, String currency, BigDecimal moneyAtStake, String detail,
                      LocalDate firstSeenOn, LocalDate lastSeenOn, Instant resolvedAt, String acknowledgedBy,
                      Instant acknowledgedAt, String acknowledgementNote) {

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }
}
