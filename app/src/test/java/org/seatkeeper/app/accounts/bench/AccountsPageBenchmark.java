package org.seatkeeper.app.accounts.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.seatkeeper.app.support.PageLoad;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.accounts.AccountAddress;
import org.seatkeeper.db.accounts.ProviderAccountSyncRepository;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * The provider accounts page with 10,000 accounts under 20 concurrent users (not a unit test). The users page through
 * the list, filter unmapped ones and search, as a person mapping accounts does. Arguments: accounts (10000), users
 * (20), requests per user (100). Rerun: see docs/benchmarks.md.
 */
public final class AccountsPageBenchmark {

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int perUser = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        try (RunningApp app = RunningApp.start()) {
            var db = app.application().context().database();
            Instant now = Instant.now();
            long provider = new ProviderRepository(db.dsl()).insert(new ProviderDetails("Partner Center", "PARTNER_CENTER",
                    true, "USD", null, null, Set.of("US")), null, now);
            ProviderAccountSyncRepository sync = new ProviderAccountSyncRepository(db.dsl());
            for (int from = 0; from < accounts; from += 1000) {
                List<SyncedAccount> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(accounts, from + 1000); i++) {
                    chunk.add(new SyncedAccount("tenant-" + i, "00000000-0000-0000-0000-" + String.format("%012d", i),
                            "company" + i + ".onmicrosoft.com", String.format("Company %05d Ltd", i), "US",
                            new AccountAddress(i + " Main Street", null, "Seattle", "WA", "98101"), "RESELLER"));
                }
                db.transactions().run(() -> sync.upsert(provider, 1, chunk, now));
            }
            PageLoad load = PageLoad.signedIn(app);
            List<String> paths = List.of("/provider-accounts", "/provider-accounts?page=37",
                    "/provider-accounts?filter=unmapped&sort=first_seen&dir=desc", "/provider-accounts?q=company0042");
            for (String path : paths) {
                // one user alone first: what a single page costs, without queueing
                System.out.println(load.run(path + " alone", List.of(path), 1, 20));
            }
            System.out.println(load.run("provider accounts page, " + accounts + " accounts", paths, users, perUser));
            // the same load from this JVM's own HTTP client, comparable with the figures measured before wrk was used
            System.out.println(load.runInJvm("provider accounts page, in-JVM client", paths, users, perUser));
        }
    }
}
