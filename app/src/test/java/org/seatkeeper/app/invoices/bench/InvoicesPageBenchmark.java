package org.seatkeeper.app.invoices.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.PageLoad;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.invoices.NewInvoice;
import org.seatkeeper.db.invoices.NewInvoiceLine;

/**
 * The invoices list with 10,000 invoices (100 customers, 100 a customer, 3 lines each) under 20 concurrent users (not
 * a unit test): a bounded load on loopback ({@link PageLoad}) over the first, a middle and the last page. Prints
 * requests per second, p50, p95, p99 and the load average around the run. Arguments: users (20), requests per user
 * (100), invoices (10,000). Rerun: see docs/benchmarks.md.
 */
public final class InvoicesPageBenchmark {

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (RunningApp app = RunningApp.start()) {
            var context = app.application().context();
            BillingData data = new BillingData(context.database(), context.clock(), "bench");
            long product = data.product("BENCH-BB", "Microsoft 365 Business Basic", new BigDecimal("10.50"),
                    new BigDecimal("8.25"));
            InvoiceRepository invoices = new InvoiceRepository(context.database().dsl(), context.clock());
            int customers = 100;
            for (int c = 0; c < customers; c++) {
                long customer = data.customer("Bench Customer " + c);
                long contract = data.contract(customer);
                long subscription = data.manual(contract, product, "Business Basic " + c, 1 + c % 40);
                int perCustomer = count / customers;
                context.database().transactions().run(() -> {
                    for (int i = 0; i < perCustomer; i++) {
                        LocalDate start = LocalDate.of(2020, 1, 1).plusMonths(i);
                        List<NewInvoiceLine> lines = new ArrayList<>();
                        for (int l = 0; l < 3; l++) {
                            lines.add(new NewInvoiceLine(subscription, product, "RECURRING",
                                    "Microsoft 365 Business Basic", "Recurring, " + start, 5 + l, start,
                                    start.plusMonths(1), "1", new BigDecimal("10.50"), "USD",
                                    new BigDecimal("10.50").multiply(BigDecimal.valueOf(5 + l)), List.of()));
                        }
                        invoices.insert(new NewInvoice(invoices.takeNumber(InvoiceKind.INVOICE),
                                InvoiceKind.INVOICE, contract, customer, start, start.plusMonths(1), start.plusDays(1),
                                true, null, "bench", context.clock().instant(), lines,
                                Map.of("USD", new BigDecimal("189.00")), null));
                    }
                });
            }
            PageLoad load = PageLoad.signedIn(app);
            int pages = (count + 49) / 50;
            List<String> paths = List.of("/invoices", "/invoices?page=" + (pages / 2), "/invoices?page=" + pages);
            for (String path : paths) {
                List<Double> alone = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    alone.add(load.once(path));
                }
                java.util.Collections.sort(alone);
                System.out.printf("%s alone: median %.1f ms, max %.1f ms%n", path, alone.get(alone.size() / 2),
                        alone.get(alone.size() - 1));
            }
            for (int round = 1; round <= 2; round++) {
                String before = loadAverage();
                PageLoad.Result result = load.run("invoices list, " + count + " invoices (first, middle, last page)",
                        paths, users, perUser);
                System.out.println(result + " | load average before " + before + ", after " + loadAverage());
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
