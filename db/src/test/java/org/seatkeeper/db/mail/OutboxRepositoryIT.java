package org.seatkeeper.db.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;

class OutboxRepositoryIT {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void shouldKeepAFailedMailUntilSomeoneRetriesIt() {
        try (Database db = Database.openInMemory()) {
            OutboxRepository outbox = new OutboxRepository(db.dsl());
            long id = outbox.queue(new NewMail("TEST", List.of("ops@example.com"), "Hello", "Body", null), NOW);
            outbox.markAttemptFailed(id, "Connection refused", true, NOW);
            assertThat(outbox.pending(10)).isEmpty();
            assertThat(outbox.find(id)).get().extracting(OutboxMail::status).isEqualTo(MailStatus.FAILED);
            outbox.retry(id);
            assertThat(outbox.pending(10)).extracting(OutboxMail::id).containsExactly(id);
        }
    }
}
