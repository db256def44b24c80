package org.seatkeeper.db;

import static org.seatkeeper.db.jooq.Tables.APP_USER;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hsqldb.persist.LockFile;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one embedded database: HSQLDB files (or memory, for tests), migrated by Flyway on open.
 * Spring's transaction manager owns transactions; jOOQ joins them through a transaction-aware proxy,
 * so the same repository works inside a batch chunk and inside a web use case.
 */
public final class Database implements AutoCloseable {

    static {
        // jOOQ prints a banner and tips on first use unless told not to
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** How long an opening waits for a dead process's lock to go stale: three of its heartbeats. */
    private static final Duration LOCK_WAIT = Duration.ofMillis(3 * LockFile.HEARTBEAT_INTERVAL);

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final JdbcTransactionManager transactionManager;
    private final Transactions transactions;
    private final boolean file;
    private final Path directory;

    private Database(String jdbcUrl, boolean file, int poolSize, Path directory) {
        this.file = file;
        this.directory = directory;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("SA");
        config.setPassword("");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("seatkeeper-db");
        this.dataSource = new HikariDataSource(config);
        try {
            if (file) {
                DatabaseFiles.makeDurable(dataSource);
            }
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        this.transactionManager = new JdbcTransactionManager(dataSource);
        this.dsl = DSL.using(new TransactionAwareDataSourceProxy(dataSource), SQLDialect.HSQLDB);
        this.transactions = new Transactions(transactionManager);
    }

    /**
     * Loads and initialises jOOQ and the generated schema by rendering one statement, without a connection. jOOQ's
     * first statement costs about 0.3 s of a cold start; a second thread can pay it while Flyway migrates.
     */
    public static void prepareSqlRendering() {
        DSL.using(SQLDialect.HSQLDB).selectCount().from(APP_USER).where(APP_USER.USERNAME.eq("")).getSQL();
    }

    /**
     * Opens (creating if needed) the database files under {@code directory}, readable by the owner only. Every commit
     * is written and synced to disk before it returns (see {@link DatabaseFiles#makeDurable}).
     */
    public static Database openFile(Path directory) {
        DatabaseFiles.createOwnerOnly(directory);
        String url = "jdbc:hsqldb:file:" + DatabaseFiles.filesPrefix(directory)
                // MVCC: web pages read while a job writes; CACHED: big tables stay on disk, not on the heap;
                // write_delay=false only applies to a new database: makeDurable sets it on an existing one
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=true;hsqldb.write_delay=false";
        Database database = openOnceTheLockIsFree(url, directory);
        DatabaseFiles.restrictToOwner(directory);
        return database;
    }

    /**
     * HSQLDB's lock file carries a heartbeat its owner rewrites every 10 s. After the owner died (kill -9, a crash,
     * power loss) the lock still looks held until that heartbeat is over 10.1 s old, and HSQLDB polls for only about
     * that long, so a restart right after a crash could be refused, more so on a loaded machine. The opening is
     * tried again until the dead owner's heartbeat is surely stale; a live owner keeps its lock and the last refusal
     * is thrown.
     */
    private static Database openOnceTheLockIsFree(String url, Path directory) {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                return new Database(url, true, 16, directory);
            } catch (RuntimeException e) {
                if (!heldByAnotherProcess(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(LockFile.HEARTBEAT_INTERVAL / 10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockFile.LockHeldExternallyException) {
                return true;
            }
        }
        return false;
    }

    /** A fresh private in-memory database with the real migrations: for tests and benchmarks. */
    public static Database openInMemory() {
        return new Database("jdbc:hsqldb:mem:sk" + UUID.randomUUID().toString().replace("-", "")
                + ";hsqldb.tx=mvcc", false, 16, null);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * Writes a consistent copy of the database files into {@code target} (an empty or missing directory) while
     * Seatkeeper keeps running: HSQLDB's online backup, not blocking writers (the copy holds the data file as of the
     * backup's start and the log of what was committed during it). Opening the copy replays that log.
     */
    public void backupTo(Path target) {
        if (!file) {
            throw new IllegalStateException("An in-memory database has no files to back up.");
        }
        DatabaseFiles.backup(dataSource, target);
    }

    /** The directory holding the database files; empty for an in-memory database. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** True when the database answers a trivial query: for the health page. */
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Shuts HSQLDB down cleanly, so the next open does not replay its log. */
    @Override
    public void close() {
        if (dataSource.isClosed()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(file ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            // already shut down or unreachable: nothing more to flush
        } finally {
            dataSource.close();
        }
    }
}
