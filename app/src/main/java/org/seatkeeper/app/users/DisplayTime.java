package org.seatkeeper.app.users;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

final class DisplayTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private DisplayTime() {
    }

    static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
