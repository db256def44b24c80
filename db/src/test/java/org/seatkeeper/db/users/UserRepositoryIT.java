package org.seatkeeper.db.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.OptimisticLockException;

class UserRepositoryIT {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private final Database db = Database.openInMemory();
    private final UserRepository users = new UserRepository(db.dsl());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldFindUserByNameIgnoringCase() {
        users.insert("alice", "Alice Admin", "hash", Role.ADMIN, NOW);
        assertThat(users.findByUsername("ALICE")).get().extracting(User::role).isEqualTo(Role.ADMIN);
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAStaleRoleChange() {
        long id = users.insert("bob", "Bob", "hash", Role.VIEWER, NOW);
        users.updateRole(id, Role.OPERATOR, true, 0);
        assertThatThrownBy(() -> users.updateRole(id, Role.ADMIN, true, 0)).isInstanceOf(OptimisticLockException.class);
        assertThat(users.findById(id)).get().extracting(User::role).isEqualTo(Role.OPERATOR);
    }
}
