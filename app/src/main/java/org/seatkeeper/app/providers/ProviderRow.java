package org.seatkeeper.app.providers;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;
import org.seatkeeper.db.providers.Provider;

/** A provider as the list shows it. */
public record ProviderRow(long id, String name, String kind, String mode, String currency, String countries,
                          String status, String statusKind, String lastSync) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static ProviderRow of(Provider p) {
        return new ProviderRow(p.id(), p.name(), ProviderKinds.label(p.kind()), p.automatic() ? "automatic" : "manual",
                p.currency(), String.join(", ", new TreeSet<>(p.countries())), p.enabled() ? "enabled" : "disabled",
                p.enabled() ? "ok" : "muted", p.accountsSyncedAt() == null ? "never" : TIME.format(p.accountsSyncedAt()));
    }
}
