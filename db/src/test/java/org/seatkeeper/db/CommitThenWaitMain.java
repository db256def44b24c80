package org.seatkeeper.db;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The victim of {@link DatabaseFilesIT}'s kill -9: opens the file database in {@code args[0]}, commits one customer
 * named {@code args[1]}, says so on stdout and waits for stdin, which never comes: the test kills it.
 */
public final class CommitThenWaitMain {

    private CommitThenWaitMain() {
    }

    public static void main(String[] args) throws IOException {
        Database db = Database.openFile(Path.of(args[0]));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        db.transactions().run(() -> db.dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, args[1])
                .set(CUSTOMER.CREATED_AT, now).set(CUSTOMER.UPDATED_AT, now).execute());
        System.out.println("committed");
        System.out.flush();
        System.in.read();
    }
}
