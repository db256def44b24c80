package org.seatkeeper.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seatkeeper.app.Main;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.backup.BackupSchedule;
import org.seatkeeper.db.backup.BackupScheduleRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import picocli.CommandLine;

/** Backups while Seatkeeper runs (the Settings button and the backup command), and restoring one. */
class BackupRestoreIT {

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();
    private final Path dataRoot = app.application().context().options().dataDirectory().toAbsolutePath().normalize();

    @TempDir
    Path elsewhere;

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldBackUpFromTheSettingsPageWhileRunningAndRestoreEveryRow() throws Exception {
        // given a Seatkeeper with customers, a signed-in administrator and a saved nightly backup schedule
        app.signInAsAdmin(browser);
        List.of("Contoso", "Fabrikam", "Northwind Traders").forEach(this::insertCustomer);
        HtmlPage backups = browser.getPage(app.url("/settings/backups"));
        HtmlForm nightly = backups.getHtmlElementById("nightly");
        nightly.getInputByName("enabled").setChecked(true);
        nightly.getInputByName("keepCount").setValue("3");
        HtmlPage saved = nightly.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(saved.asNormalizedText()).contains("Nightly backup on: 0 30 1 * * *, keeping the last 3.");
        Map<String, List<String>> before = DatabaseSnapshot.of(app.application().context().database().dsl());

        // when the administrator presses "Back up now" on the Settings page
        HtmlPage settings = browser.getPage(app.url("/settings"));
        HtmlPage done = settings.<HtmlForm>getHtmlElementById("backup-now").getOneHtmlElementByAttribute("button", "type", "submit").click();

        // then the backup is listed, without the key, and audited, while Seatkeeper runs on
        assertThat(done.asNormalizedText()).contains("Backup written to " + dataRoot.resolve("backups"))
                .contains("The secret key is not in it");
        assertThat(done.getElementById("backups").asNormalizedText()).contains("manual-").contains("not included");
        Path backup = onlyBackup();
        assertThat(backup.resolve("secret.key")).doesNotExist();
        assertThat(Files.readString(backup.resolve("BACKUP.txt"))).contains("The secret key is NOT in this backup");
        assertThat(browser.<HtmlPage>getPage(app.url("/audit")).getElementById("audit").asNormalizedText())
                .contains("Backup written to").contains("Nightly backup on").contains("enabled: false → true");
        insertCustomer("Written after the backup");

        // and when it is restored into another data directory
        Path restored = elsewhere.resolve("restored");
        Result restore = run("restore", "--from", backup.toString(), "--data-dir", restored.toString());

        // then every row that was there at the backup is there, and nothing written after it
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored " + backup).contains("The backup holds no secret key");
        try (Database copy = Database.openFile(restored.resolve("db"))) {
            assertThat(DatabaseSnapshot.of(copy.dsl())).isEqualTo(before);
        }
    }

    @Test
    void shouldAskTheRunningSeatkeeperForABackupFromTheCommandLine() throws Exception {
        // given a running Seatkeeper with a customer
        insertCustomer("Contoso");
        Path target = elsewhere.resolve("nightly-copy");

        // when the backup command runs on its data directory, with the key
        Result backup = run("backup", "--data-dir", dataRoot.toString(), "--to", target.toString(), "--include-key");

        // then the running Seatkeeper wrote it, key included, and it restores with the key
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Seatkeeper is running").contains("Backup written to " + target)
                .contains("It holds the secret key");
        assertThat(Files.readString(target.resolve("BACKUP.txt"))).contains("secret.key IS IN THIS BACKUP");
        assertThat(Files.readAllBytes(target.resolve("secret.key"))).isEqualTo(Files.readAllBytes(dataRoot.resolve("secret.key")));
        Path restored = elsewhere.resolve("restored");
        assertThat(run("restore", "--from", target.toString(), "--data-dir", restored.toString()).exit()).isZero();
        assertThat(restored.resolve("secret.key")).hasSameBinaryContentAs(dataRoot.resolve("secret.key"));
        try (Database copy = Database.openFile(restored.resolve("db"))) {
            assertThat(copy.dsl().select(CUSTOMER.NAME).from(CUSTOMER).fetch(CUSTOMER.NAME)).containsExactly("Contoso");
        }
    }

    @Test
    void shouldRefuseToRestoreIntoARunningSeatkeepersDirectoryOrOverADatabaseUnlessToldTo() throws Exception {
        // given a backup
        insertCustomer("Contoso");
        Path backup = elsewhere.resolve("backup");
        assertThat(run("backup", "--data-dir", dataRoot.toString(), "--to", backup.toString()).exit()).isZero();

        // then restoring over the running Seatkeeper is refused, and its database is untouched
        Result running = run("restore", "--from", backup.toString(), "--data-dir", dataRoot.toString(), "--replace");
        assertThat(running.exit()).isEqualTo(3);
        assertThat(running.err()).contains("Seatkeeper is running with the data directory " + dataRoot).contains("Stop it first");
        assertThat(app.application().context().database().dsl().fetchCount(CUSTOMER)).isEqualTo(1);

        // and over a stopped one's database only with --replace, keeping the old database aside
        Path stopped = elsewhere.resolve("stopped");
        assertThat(run("restore", "--from", backup.toString(), "--data-dir", stopped.toString()).exit()).isZero();
        Result again = run("restore", "--from", backup.toString(), "--data-dir", stopped.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a database. Add --replace");
        Result replaced = run("restore", "--from", backup.toString(), "--data-dir", stopped.toString(), "--replace");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        try (Stream<Path> entries = Files.list(stopped)) {
            assertThat(entries.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("db.before-restore-"));
        }

        // and the backup command copies a stopped Seatkeeper's files itself
        Path offline = elsewhere.resolve("offline");
        Result copied = run("backup", "--data-dir", stopped.toString(), "--to", offline.toString());
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("Seatkeeper is not running on " + stopped);
        try (Database copy = Database.openFile(offline.resolve("db"))) {
            assertThat(copy.dsl().select(CUSTOMER.NAME).from(CUSTOMER).fetch(CUSTOMER.NAME)).containsExactly("Contoso");
        }

        // and a folder that is no backup is refused with a plain reason
        Result notABackup = run("restore", "--from", elsewhere.toString(), "--data-dir", elsewhere.resolve("x").toString());
        assertThat(notABackup.exit()).isEqualTo(2);
        assertThat(notABackup.err()).contains("is not a Seatkeeper backup");
    }

    @Test
    void shouldKeepOnlyTheNewestNightlyBackupsAndEveryBackupMadeByHand() throws Exception {
        // given three nightly backups, keeping two, and one made by hand
        var context = app.application().context();
        Backups backups = new Backups(context.database(), dataRoot, context.audit(), context.database().transactions(), context.clock());
        BackupScheduleRepository schedules = new BackupScheduleRepository(context.database().dsl());
        NightlyBackup nightly = new NightlyBackup(context.scheduler(), schedules, new SettingsRepository(context.database().dsl()), backups);
        BackupSchedule schedule = schedules.load();
        schedules.save(new BackupSchedule(true, schedule.cron(), 2, schedule.version()));
        nightly.run();
        assertThat(run("backup", "--data-dir", dataRoot.toString()).exit()).isZero();
        nightly.run();
        nightly.run();

        // then the two newest nightly ones are kept, and the one made by hand
        try (Stream<Path> folders = Files.list(dataRoot.resolve("backups"))) {
            List<String> names = folders.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).filteredOn(name -> name.startsWith("nightly-")).hasSize(2);
            assertThat(names).filteredOn(name -> name.startsWith("command-")).hasSize(1);
        }
        assertThat(nightly.lastOutcome()).contains("1 older deleted");
    }

    private void insertCustomer(String name) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        app.application().context().database().dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, name)
                .set(CUSTOMER.CREATED_AT, now).set(CUSTOMER.UPDATED_AT, now).execute();
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> folders = Files.list(dataRoot.resolve("backups"))) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
