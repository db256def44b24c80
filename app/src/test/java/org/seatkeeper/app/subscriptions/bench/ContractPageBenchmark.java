package org.seatkeeper.app.subscriptions.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.PageLoad;
import org.seatkeeper.app.support.RunningApp;

/**
 * The contract page with 500 subscriptions under 20 concurrent users (not a unit test): a bounded load on loopback
 * ({@link PageLoad}), each user requesting the page one request after another; and the cost of a first view. Prints requests per second, p50, p95, p99.
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
            String path = "/contracts/" + contract;
            // a first look at a contract (nothing kept yet): the page's summary is built from the database
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                context.pages().dataChanged();
                first.add(load.once(path));
            }
            Collections.sort(first);
            System.out.printf("first view of the contract page, one user: median %.1f ms, max %.1f ms%n",
                    first.get(first.size() / 2), first.get(first.size() - 1));
            System.out.println(load.run("contract page, " + subscriptions + " subscriptions",
                    List.of("/contracts/" + contract), users, perUser));
        }
    }
}
