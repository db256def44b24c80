package org.seatkeeper.app.subscriptions.bench;

import java.math.BigDecimal;
import java.util.List;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.PageLoad;
import org.seatkeeper.app.support.RunningApp;

/**
 * The contract page with 500 subscriptions under 20 concurrent users (not a unit test): a bounded java.net.http loop
 * on loopback, each user requesting the page one request after another. Prints requests per second, p50, p95, p99.
 * Arguments: users (20), requests per user (100), subscriptions (500). Rerun: see docs/benchmarks.md.
 */
public final class ContractPageBenchmark {

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int subscriptions = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        try (RunningApp app = RunningApp.start()) {
            var context = app.application().context();
            BillingData data = new BillingData(context.database(), context.clock(), "bench");
            long contract = data.contract(data.customer("Bench Customer"));
            for (int i = 0; i < subscriptions; i++) {
                long product = data.product("BENCH-" + i, "Product " + i, new BigDecimal("10.50"),
                        i % 7 == 0 ? new BigDecimal("11") : new BigDecimal("8.25"));
                data.automatic(contract, product, "Subscription " + i, 1 + i % 40, BillingData.START);
            }
            PageLoad load = PageLoad.signedIn(app);
            System.out.println(load.run("contract page, " + subscriptions + " subscriptions",
                    List.of("/contracts/" + contract), users, perUser));
        }
    }
}
