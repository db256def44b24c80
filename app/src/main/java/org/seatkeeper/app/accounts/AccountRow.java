package org.seatkeeper.app.accounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.db.accounts.ProviderAccount;

/** A provider account as the accounts page shows it; the badges are decided here, not in the template. */
public record AccountRow(long id, String name, String domain, String tenantId, String provider, Long customerId,
                         String customer, String relationship, String firstSeen, String state, String stateKind,
                         boolean fresh) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static AccountRow of(ProviderAccount a) {
        String state = !a.active() ? "inactive" : a.mapped() ? "mapped" : "unmapped";
        String kind = !a.active() ? "muted" : a.mapped() ? "ok" : "bad";
        return new AccountRow(a.id(), a.displayName(), orEmpty(a.domain()), orEmpty(a.tenantId()), a.providerName(),
                a.customerId(), orEmpty(a.customerName()), relationship(a.relationshipStatus()),
                date(a.firstSeenAt()), state, kind, a.isNew() && a.active());
    }

    /**
     * The reseller relationship in the same words for every provider (each reports it its own way; the sync stores
     * one of RESELLER, PENDING, NONE, INACTIVE).
     */
    static String relationship(String status) {
        if (status == null || status.isBlank()) {
            return "";
        }
        return switch (status.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "RESELLER" -> "reseller";
            case "PENDING" -> "invitation pending";
            case "NONE" -> "no relationship";
            case "INACTIVE" -> "inactive";
            default -> org.seatkeeper.app.web.Words.of(status);
        };
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
