package org.seatkeeper.batch.accounts.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.accounts.SyncSettings;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.accounts.AccountAddress;
import org.seatkeeper.db.accounts.NewAccountNotifications;
import org.seatkeeper.db.accounts.NewProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountSyncRepository;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.db.accounts.UpsertResult;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;

/**
 * Provider account sync of 10,000 tenants into a FILE database (not a unit test). Prints:
 * (1) the whole job against the emulator on loopback (no added latency), accounts per second;
 * (2) the database side alone: the same rows through the writer's database work (bulk upsert + notifications,
 *     chunks of 1000, one transaction each) vs a plain JDBC batch MERGE of the same rows, first run and unchanged run.
 * Rerun: see the batch README of the accounts package.
 */
public final class ProviderAccountSyncBenchmark {

    private static final int TENANTS = 10_000;
    private static final int CHUNK = 1000;

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : TENANTS;
        wholeJob(2_000, false);
        double job = wholeJob(tenants, true);
        writerSide(2_000, false);
        double[] writer = writerSide(tenants, true);
        plainMerge(2_000, false);
        double[] plain = plainMerge(tenants, true);
        System.out.printf("%nSUMMARY %,d tenants: job %.0f accounts/s; writer first %.0f / unchanged %.0f rows/s;"
                + " plain JDBC MERGE first %.0f / again %.0f rows/s; job/plain-first = %.0f%%, writer/plain-first = %.0f%%%n",
                tenants, job, writer[0], writer[1], plain[0], plain[1], 100 * job / plain[0], 100 * writer[0] / plain[0]);
    }

    private static double wholeJob(int tenants, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("sk-bench-job");
        Clock clock = Clock.systemUTC();
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(tenants)
                .withSubscriptionsPerTenant(1));
             Database db = Database.openFile(dir);
             BatchInfrastructure batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2)) {
            CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
            ProviderRepository providers = new ProviderRepository(db.dsl());
            DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
            long providerId = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD",
                    emulator.apiBaseUri(Api.PARTNER_CENTER).toString(), emulator.tokenUri(Api.PARTNER_CENTER).toString(),
                    Set.of("US")), codec.encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId",
                    pc.clientId(), "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())), clock.instant());
            JobRunner runner = new JobRunner(batch);
            new ProviderAccountSyncJobConfiguration(batch, db, new ConnectorFactory(providers, codec,
                    db.transactionManager(), TransportSettings.defaults().withRequestsPerSecond(100_000), clock),
                    SyncSettings.defaults().withChunkSize(CHUNK), clock).registerWith(runner);
            long start = System.nanoTime();
            long id = runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                    JobRequest.manual(providerId, LocalDate.now(clock), "bench")).executionId();
            var status = runner.awaitCompletion(id, Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = tenants / seconds;
            if (print) {
                System.out.printf("whole job: %,d accounts in %.2f s = %.0f accounts/s (%s)%n", tenants, seconds, rate,
                        status);
            }
            return rate;
        }
    }

    private static double[] writerSide(int rows, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("sk-bench-writer");
        try (Database db = Database.openFile(dir)) {
            long providerId = provider(db);
            ProviderAccountSyncRepository sync = new ProviderAccountSyncRepository(db.dsl());
            NewAccountNotifications notifications = new NewAccountNotifications(db.dsl());
            List<SyncedAccount> accounts = rows(rows);
            double first = timeWriter(db, sync, notifications, providerId, 1, accounts);
            double again = timeWriter(db, sync, notifications, providerId, 2, accounts);
            if (print) {
                System.out.printf("writer (upsert + notifications), %,d rows: first run %.0f rows/s, unchanged run %.0f rows/s%n",
                        rows, first, again);
            }
            return new double[] {first, again};
        }
    }

    private static double timeWriter(Database db, ProviderAccountSyncRepository sync,
                                     NewAccountNotifications notifications, long providerId, long runId,
                                     List<SyncedAccount> accounts) {
        long start = System.nanoTime();
        for (int i = 0; i < accounts.size(); i += CHUNK) {
            List<SyncedAccount> chunk = accounts.subList(i, Math.min(accounts.size(), i + CHUNK));
            db.transactions().run(() -> {
                UpsertResult result = sync.upsert(providerId, runId, chunk, Instant.now());
                notifications.raiseFor(result.created().stream().map(NewProviderAccount::id).toList(), Instant.now());
            });
        }
        return accounts.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double[] plainMerge(int rows, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("sk-bench-plain");
        try (Database db = Database.openFile(dir)) {
            long providerId = provider(db);
            List<SyncedAccount> accounts = rows(rows);
            double first = timeMerge(db, providerId, accounts);
            double again = timeMerge(db, providerId, accounts);
            if (print) {
                System.out.printf("plain JDBC batch MERGE, %,d rows: all-insert %.0f rows/s, all-update %.0f rows/s%n",
                        rows, first, again);
            }
            return new double[] {first, again};
        }
    }

    private static double timeMerge(Database db, long providerId, List<SyncedAccount> accounts) throws Exception {
        String sql = "MERGE INTO provider_account t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(100)), "
                + "CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(253)), CAST(? AS VARCHAR(300)), CAST(? AS CHAR(2)), "
                + "CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP WITH TIME ZONE))) AS s(p, e, tid, d, c, ctry, rel, ts) "
                + "ON t.provider_id = s.p AND t.external_id = s.e "
                + "WHEN MATCHED THEN UPDATE SET t.tenant_id = s.tid, t.domain = s.d, t.company_name = s.c, "
                + "t.country = s.ctry, t.relationship_status = s.rel, t.last_seen_at = s.ts "
                + "WHEN NOT MATCHED THEN INSERT (provider_id, external_id, tenant_id, domain, company_name, country, "
                + "relationship_status, first_seen_at, last_seen_at) VALUES (s.p, s.e, s.tid, s.d, s.c, s.ctry, s.rel, s.ts, s.ts)";
        long start = System.nanoTime();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < accounts.size(); i++) {
                    SyncedAccount a = accounts.get(i);
                    statement.setLong(1, providerId);
                    statement.setString(2, a.externalId());
                    statement.setString(3, a.tenantId());
                    statement.setString(4, a.domain());
                    statement.setString(5, a.companyName());
                    statement.setString(6, a.country());
                    statement.setString(7, a.relationshipStatus());
                    statement.setTimestamp(8, Timestamp.from(Instant.now()));
                    statement.addBatch();
                    if ((i + 1) % CHUNK == 0 || i == accounts.size() - 1) {
                        statement.executeBatch();
                        connection.commit();
                    }
                }
            }
            connection.setAutoCommit(true);
        }
        return accounts.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static long provider(Database db) {
        return new ProviderRepository(db.dsl()).insert(new ProviderDetails("Bench", "PARTNER_CENTER", true, "USD",
                null, null, Set.of()), null, Instant.now());
    }

    private static List<SyncedAccount> rows(int count) {
        List<SyncedAccount> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new SyncedAccount(String.format("c%08d-0000-4000-8000-%012d", i, i),
                    String.format("t%08d-0000-4000-8000-%012d", i, i), "tenant" + i + ".onmicrosoft.com",
                    "Company " + i + " Ltd", "US", AccountAddress.NONE, "RESELLER"));
        }
        return rows;
    }
}
