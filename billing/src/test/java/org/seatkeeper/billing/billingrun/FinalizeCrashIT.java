package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.AUDIT_LOG;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.INVOICE;
import static org.seatkeeper.db.jooq.Tables.INVOICE_LINE;
import static org.seatkeeper.db.jooq.Tables.INVOICE_LINE_EVENT;
import static org.seatkeeper.db.jooq.Tables.INVOICE_TOTAL;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.invoices.InvoiceLineRow;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * A crash between the preview and the finalize, or anywhere inside the finalize, leaves the whole invoice or nothing:
 * a separate JVM ({@link FinalizeThenCrashMain}) finalizes a random contract's run on a file database and is killed
 * outright ({@code Runtime.halt}: no rollback, no shutdown) at the chosen moment, the rows inside the transaction
 * chosen at random; the database is then opened again as Seatkeeper would after a restart. Each crash point gets a
 * random history ({@code -Dseatkeeper.seed=N} runs one again; the seed is printed).
 */
class FinalizeCrashIT {

    static final String NOW = "2027-01-28T08:00:00Z";
    private static final YearMonth JANUARY = YearMonth.of(2027, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Where the victim dies: before its finalize, at a row the finalize writes (the table), or after the commit. */
    @ParameterizedTest(name = "crash at {0}")
    @ValueSource(strings = {"PREVIEWED", "INVOICE", "INVOICE_LINE", "INVOICE_LINE_EVENT", "LICENSE_CHANGE",
            "AUDIT_LOG", "COMMITTED"})
    void shouldLeaveTheWholeInvoiceOrNothingWhenTheFinalizeCrashes(String crashAt) throws Exception {
        long seed = Long.getLong("seatkeeper.seed", new Random().nextLong());
        System.out.println("FinalizeCrashIT " + crashAt + ": -Dseatkeeper.seed=" + seed);
        Random random = new Random(seed);

        // given a contract with a random history (its January run finalized or not) and February's draft
        long contract;
        ContractDraft expected;
        Before before;
        try (Database db = Database.openFile(dir)) {
            contract = randomHistory(db, random);
            if (random.nextBoolean()) {
                db.transactions().inTransaction(() -> finalizer(db).finalizeContract(contract, JANUARY, "alice"));
            }
            expected = db.transactions().inTransaction(() -> preview(db).previewContract(contract, FEBRUARY))
                    .orElseThrow();
            assertThat(expected.draft().canBeFinalized()).as("seed %d: a draft to finalize", seed).isTrue();
            before = Before.of(db);
        }
        int row = 1 + random.nextInt(rowsWritten(crashAt, expected.draft()));

        // when a separate Seatkeeper finalizes it and dies at that moment
        String said = runAndKill(contract, crashAt, row);

        // then, opened again: the whole invoice or nothing
        try (Database db = Database.openFile(dir)) {
            InvoiceRepository invoices = new InvoiceRepository(db.dsl(), CLOCK);
            if (crashAt.equals("COMMITTED")) {
                assertThat(said).contains("halting: committed");
            } else {
                assertThat(said).as("seed %d: the victim died where asked", seed).contains("halting")
                        .doesNotContain("survived");
                assertNothingStored(db, before, expected.draft(), seed);
                // and the same finalize after the restart stores the whole invoice
                db.transactions().inTransaction(() -> finalizer(db).finalizeContract(contract, FEBRUARY, "alice"))
                        .orElseThrow();
            }
            assertWholeInvoice(db, invoices, before, expected.draft(), seed);
            assertThat(db.transactions().inTransaction(() -> preview(db).previewContract(contract, FEBRUARY))
                    .orElseThrow().draft().isEmpty()).as("seed %d: nothing left to bill", seed).isTrue();
        }
    }

    /** How many rows the finalize writes where it crashes (at least one). */
    private static int rowsWritten(String crashAt, DraftInvoice draft) {
        return switch (crashAt) {
            case "INVOICE_LINE" -> draft.lines().size();
            case "INVOICE_LINE_EVENT", "LICENSE_CHANGE" -> draft.eventIds().size();
            default -> 1;
        };
    }

    /** What the database held before the crash, to tell "nothing" from "something". */
    private record Before(int invoices, int lines, int lineEvents, int invoicedEvents, long nextNumber, int audits) {
        static Before of(Database db) {
            var dsl = db.dsl();
            return new Before(dsl.fetchCount(INVOICE), dsl.fetchCount(INVOICE_LINE), dsl.fetchCount(INVOICE_LINE_EVENT),
                    dsl.fetchCount(LICENSE_CHANGE, LICENSE_CHANGE.INVOICED.isTrue()),
                    new InvoiceRepository(dsl, CLOCK).numbering().nextNumber(), dsl.fetchCount(AUDIT_LOG));
        }
    }

    private static void assertNothingStored(Database db, Before before, DraftInvoice draft, long seed) {
        assertThat(Before.of(db)).as("seed %d: nothing of the crashed finalize stored", seed).isEqualTo(before);
        assertThat(db.dsl().fetchCount(LICENSE_CHANGE, LICENSE_CHANGE.ID.in(draft.eventIds())
                .and(LICENSE_CHANGE.INVOICED.isTrue()))).isZero();
    }

    private static void assertWholeInvoice(Database db, InvoiceRepository invoices, Before before, DraftInvoice draft,
                                           long seed) {
        var dsl = db.dsl();
        assertThat(dsl.fetchCount(INVOICE)).as("seed %d: one invoice more", seed).isEqualTo(before.invoices() + 1);
        long id = dsl.select(INVOICE.ID).from(INVOICE).orderBy(INVOICE.ID.desc()).limit(1).fetchSingle(INVOICE.ID);
        String number = invoices.find(id).orElseThrow().number();
        List<InvoiceLineRow> lines = invoices.lines(id);
        assertThat(lines).extracting(InvoiceLineRow::amount)
                .as("seed %d: every line of the draft", seed)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(draft.lines().stream().map(DraftLine::amount).toList());
        assertThat(lines.stream().flatMap(line -> line.eventIds().stream()).sorted().toList())
                .isEqualTo(draft.eventIds().stream().sorted().toList());
        assertThat(dsl.select(LICENSE_CHANGE.ID).from(LICENSE_CHANGE).where(LICENSE_CHANGE.INVOICE_REF.eq(number))
                .fetch(LICENSE_CHANGE.ID)).as("seed %d: its events marked with its number", seed)
                .containsExactlyInAnyOrderElementsOf(draft.eventIds());
        draft.totals().forEach((currency, amount) -> assertThat(dsl.select(INVOICE_TOTAL.AMOUNT).from(INVOICE_TOTAL)
                .where(INVOICE_TOTAL.INVOICE_ID.eq(id)).and(INVOICE_TOTAL.CURRENCY.eq(currency.getCurrencyCode()))
                .fetchSingle(INVOICE_TOTAL.AMOUNT)).isEqualByComparingTo(amount));
        assertThat(invoices.numbering().nextNumber()).isEqualTo(before.nextNumber() + 1);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY_ID.eq(String.valueOf(id))
                .and(AUDIT_LOG.SUMMARY.startsWith("Finalized invoice " + number)))).isEqualTo(1);
    }

    private String runAndKill(long contract, String crashAt, int row) throws Exception {
        Process victim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dseatkeeper.crash.row=" + row, "-cp", testClassPath(), FinalizeThenCrashMain.class.getName(),
                dir.toString(), String.valueOf(contract), FEBRUARY.toString(), crashAt)
                .redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(victim.getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> out.append(line).append('\n'));
        }
        assertThat(victim.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return out.toString();
    }

    /** Surefire and failsafe put the whole test class path there (java.class.path may be a one-line booter jar). */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** 1 to 4 manual subscriptions from December or January, each with up to 4 quantity changes up to 1 February. */
    private static long randomHistory(Database db, Random random) {
        return db.transactions().inTransaction(() -> {
            var dsl = db.dsl();
            Instant now = CLOCK.instant();
            long customer = dsl.insertInto(CUSTOMER).set(CUSTOMER.NAME, "Contoso").set(CUSTOMER.CREATED_AT, now)
                    .set(CUSTOMER.UPDATED_AT, now).returning(CUSTOMER.ID).fetchOne(CUSTOMER.ID);
            long manual = dsl.insertInto(PROVIDER).set(PROVIDER.NAME, "Manual").set(PROVIDER.KIND, "MANUAL")
                    .set(PROVIDER.AUTOMATIC, false).set(PROVIDER.CURRENCY, "EUR").set(PROVIDER.CREATED_AT, now)
                    .returning(PROVIDER.ID).fetchOne(PROVIDER.ID);
            long product = new ProductRepository(dsl, CLOCK).insert(new NewProduct(new ProductKey("CRASH-BB",
                    Term.P1M, BillingCycle.MONTHLY, "EUR"), "Microsoft 365 Business Basic", new BigDecimal("10.00"),
                    new BigDecimal("8.00")));
            long contract = new BillingContractRepository(dsl, CLOCK).insert(customer, new ContractTerms("Main",
                    "EUR", BillingCycle.MONTHLY, 1, LocalDate.of(2026, 6, 1), null), false);
            LicenseLedger ledger = new LicenseLedger(new SubscriptionRepository(dsl, CLOCK),
                    new LicenseChangeRepository(dsl, CLOCK), new AuditLog(dsl, CLOCK));
            int subscriptions = 1 + random.nextInt(4);
            for (int s = 0; s < subscriptions; s++) {
                // the first one starts in January, so February's draft always bills an event
                LocalDate start = s == 0 ? LocalDate.of(2027, 1, 2).plusDays(random.nextInt(30))
                        : LocalDate.of(2026, 12, 1).plusDays(random.nextInt(62));
                int quantity = 1 + random.nextInt(20);
                long id = ledger.createManual(new NewSubscription(contract, manual, product, null, null,
                        "Subscription " + (s + 1), quantity, SubscriptionState.ACTIVE, new SubscriptionTerms(start,
                        null, false, null, null), BigDecimal.valueOf(100 + random.nextInt(4900), 2), "EUR", true),
                        "alice");
                List<LocalDate> dates = new ArrayList<>();
                int changes = random.nextInt(5);
                for (int c = 0; c < changes; c++) {
                    dates.add(start.plusDays(random.nextInt((int) (LocalDate.of(2027, 2, 1).toEpochDay()
                            - start.toEpochDay() + 1))));
                }
                dates.sort(null);
                for (LocalDate date : dates) {
                    int next = Math.max(1, quantity + random.nextInt(11) - 5);
                    if (next != quantity) {
                        ledger.changeQuantity(id, next, date, "alice");
                        quantity = next;
                    }
                }
            }
            return contract;
        });
    }

    private static BillingPreview preview(Database db) {
        return new BillingPreview(new BillingInputRepository(db.dsl()));
    }

    private static InvoiceFinalizer finalizer(Database db) {
        return new InvoiceFinalizer(preview(db), new InvoiceRepository(db.dsl(), CLOCK), new AuditLog(db.dsl(), CLOCK),
                CLOCK);
    }
}
