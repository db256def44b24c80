package org.seatkeeper.db.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;

class NotificationRepositoryIT {

    @Test
    void shouldRaiseOneNotificationPerSubjectNotOnePerNight() {
        try (Database db = Database.openInMemory()) {
            NotificationRepository notifications = new NotificationRepository(db.dsl());
            Instant night1 = Instant.parse("2026-11-21T02:00:00Z");
            boolean first = notifications.raiseOnce("NEW_PROVIDER_ACCOUNT", "PROVIDER_ACCOUNT", 7, "New", "msg", "/x", night1);
            boolean second = notifications.raiseOnce("NEW_PROVIDER_ACCOUNT", "PROVIDER_ACCOUNT", 7, "New", "msg", "/x",
                    night1.plusSeconds(86400));
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(notifications.countOpen()).isEqualTo(1);
        }
    }
}
