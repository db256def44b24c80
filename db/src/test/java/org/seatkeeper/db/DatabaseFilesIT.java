package org.seatkeeper.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFilesIT {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void shouldKeepACommittedCustomerWhenTheProcessIsKilledRightAfterTheCommit(@TempDir Path dir) throws Exception {
        // given a separate JVM that has committed a customer and said so
        Process victim = new ProcessBuilder(javaBinary(), "-cp", testClassPath(), CommitThenWaitMain.class.getName(),
                dir.toString(), "Contoso").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("committed"));
            assertThat(line).as("the victim's commit").isEqualTo("committed");
            // when it is killed outright (SIGKILL: no shutdown hook, no flush)
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // then the customer is there when the database is opened again
        try (Database db = Database.openFile(dir)) {
            assertThat(db.dsl().select(CUSTOMER.NAME).from(CUSTOMER).fetch(CUSTOMER.NAME)).containsExactly("Contoso");
        }
    }

    @Test
    void shouldSyncEveryCommitEvenOnADatabaseCreatedWithAWriteDelay(@TempDir Path dir) throws Exception {
        // given a database an older Seatkeeper left with HSQLDB's 500 ms write delay
        Database.openFile(dir).close();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + dir.resolve("seatkeeper"), "SA", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET FILES WRITE DELAY 500 MILLIS");
            statement.execute("SHUTDOWN");
        }
        // when Seatkeeper opens it
        try (Database db = Database.openFile(dir)) {
            // then commits are synced at once
            assertThat(property(db, "hsqldb.write_delay")).isEqualTo("false");
        }
    }

    @Test
    void shouldKeepTheDatabaseFilesToTheirOwner(@TempDir Path dir) throws Exception {
        Path databaseDirectory = dir.resolve("db");
        try (Database db = Database.openFile(databaseDirectory)) {
            insertCustomer(db, "Fabrikam");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(databaseDirectory))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(databaseDirectory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                            .isEqualTo("rw-------");
                }
            }
        }
    }

    @Test
    void shouldBackUpWhileOpenIntoACopyThatHoldsEveryRow(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("backup");
        List<String> names = List.of("Contoso", "Fabrikam", "Northwind");
        try (Database db = Database.openFile(dir.resolve("db"))) {
            names.forEach(name -> insertCustomer(db, name));
            // when backed up while it stays open and in use
            db.backupTo(backup);
            insertCustomer(db, "After the backup");
            assertThat(db.dsl().fetchCount(CUSTOMER)).isEqualTo(4);
        }
        // then the copy opens as a database of its own, with every row committed before the backup
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rwx------");
        try (Database copy = Database.openFile(backup)) {
            assertThat(copy.dsl().select(CUSTOMER.NAME).from(CUSTOMER).orderBy(CUSTOMER.NAME).fetch(CUSTOMER.NAME))
                    .isEqualTo(names);
        }
    }

    @Test
    void shouldRefuseToBackUpIntoADirectoryThatHoldsFiles(@TempDir Path dir) throws IOException {
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        try (Database db = Database.openFile(dir.resolve("db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.backupTo(used))
                    .hasMessageContaining("is not empty");
        }
        assertThat(Files.readString(used.resolve("notes.txt"))).isEqualTo("mine");
    }

    private static void insertCustomer(Database db, String name) {
        db.transactions().run(() -> db.dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, name)
                .set(CUSTOMER.CREATED_AT, NOW).set(CUSTOMER.UPDATED_AT, NOW).execute());
    }

    private static String property(Database db, String property) {
        return db.dsl().select(field(name("PROPERTY_VALUE"), String.class))
                .from(table(name("INFORMATION_SCHEMA", "SYSTEM_PROPERTIES")))
                .where(field(name("PROPERTY_NAME"), String.class).eq(property))
                .fetchOne(0, String.class);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire puts the whole test class path there (java.class.path may be its one-line booter jar). */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
