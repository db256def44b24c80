package org.seatkeeper.app.crash;

import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.system.Application;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.users.Role;

/** What the crash test asks a Seatkeeper to do, the same in the victim JVM and in the uninterrupted run. */
final class VictimCommands {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final String ADMIN = "admin";
    static final String PASSWORD = "correct horse battery";
    static final String PAX8 = "Pax8";
    static final String ION = "StreamOne Ion";

    private VictimCommands() {
    }

    /** Runs one command line ("setup ...", "sync-accounts", ...) and returns what it answers after "ok". */
    static String run(Application app, String line) {
        String[] words = line.trim().split(" ");
        Database db = app.context().database();
        var jobs = app.jobs();
        return switch (words[0]) {
            // setup <pax8 api> <pax8 token url> <client id> <client secret> <ion api> <ion token url> <account> <refresh token>
            // Pax8 holds the accounts and subscriptions (15 requests/s); Ion, never synced, the rotating token
            case "setup" -> {
                app.users().ensureUser(ADMIN, ADMIN, Role.ADMIN, PASSWORD);
                ProviderRepository providers = new ProviderRepository(db.dsl());
                providers.insert(new ProviderDetails(PAX8, "PAX8", true, "USD", words[1], words[2], Set.of("US")),
                        jobs.credentials().encrypt(Map.of("clientId", words[3], "clientSecret", words[4])), NOW);
                long ion = providers.insert(new ProviderDetails(ION, "ION", false, "USD", words[5], words[6], Set.of("US")),
                        jobs.credentials().encrypt(Map.of("accountId", words[7], "refreshToken", words[8])), NOW);
                yield String.valueOf(ion);
            }
            case "sync-accounts" -> {
                long execution = jobs.syncs().startNow(provider(db, PAX8), "crash test").executionId();
                yield jobs.runner().awaitCompletion(execution, Duration.ofMinutes(5)).toString();
            }
            case "map-all" -> {
                CustomerRepository customers = new CustomerRepository(db.dsl());
                AccountMappings mappings = new AccountMappings(db.dsl());
                var unmapped = db.dsl().select(PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.COMPANY_NAME).from(PROVIDER_ACCOUNT)
                        .where(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull()).orderBy(PROVIDER_ACCOUNT.ID).fetch();
                db.transactions().run(() -> unmapped.forEach(account -> mappings.map(account.value1(),
                        customers.insert(new CustomerDetails(account.value2() + " #" + account.value1(), null, null, null,
                                null, null, null, null, null), NOW), ADMIN, NOW)));
                yield String.valueOf(unmapped.size());
            }
            // starting the same business date again resumes a run a crash left failed
            case "sync-subscriptions" -> {
                long execution = jobs.runner().start(SubscriptionSyncJobConfiguration.JOB_NAME,
                        JobRequest.scheduled(null, NOW.atZone(ZoneOffset.UTC).toLocalDate())).executionId();
                yield jobs.runner().awaitCompletion(execution, Duration.ofMinutes(5)).toString();
            }
            case "manual-subscription" -> {
                BillingData data = new BillingData(db, app.context().clock(), "crash");
                long contract = data.contract(data.customer("Manual customer"));
                long product = data.product("CRASH-MANUAL", "Project Plan 3", new BigDecimal("30"), new BigDecimal("25"));
                yield String.valueOf(data.manual(contract, product, "Project Plan 3", 10));
            }
            case "test-connection" -> {
                var check = jobs.connectors().test(provider(db, ION));
                yield check.ok() + " " + check.message();
            }
            default -> throw new IllegalArgumentException("unknown command " + words[0]);
        };
    }

    private static long provider(Database db, String name) {
        return db.dsl().select(PROVIDER.ID).from(PROVIDER).where(PROVIDER.NAME.eq(name)).fetchSingle(PROVIDER.ID);
    }
}
