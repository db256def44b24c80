package org.seatkeeper.billing.billingrun;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.invoices.InvoiceRepository;

/**
 * The victim of {@link FinalizeCrashIT}: opens the file database in {@code args[0]}, previews the run of
 * {@code args[2]} for contract {@code args[1]} and finalizes it in one transaction, dying by {@code halt} where
 * {@code args[3]} says: {@code PREVIEWED} (between the preview and the finalize), a table name (inside the finalize,
 * at the {@code seatkeeper.crash.row}-th row written to it, through {@link HaltTrigger}) or {@code COMMITTED} (just
 * after the finalize's commit). Says "survived" and exits 0 when it was asked to die and did not.
 */
public final class FinalizeThenCrashMain {

    /** The tables the finalize updates (it inserts into the others). */
    private static final java.util.Set<String> UPDATED = java.util.Set.of("LICENSE_CHANGE", "INVOICE_NUMBERING");

    private FinalizeThenCrashMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.openFile(Path.of(args[0]));
        long contract = Long.parseLong(args[1]);
        YearMonth month = YearMonth.parse(args[2]);
        String crashAt = args[3];
        if (!crashAt.equals("PREVIEWED") && !crashAt.equals("COMMITTED")) {
            // DDL, committed on its own before the finalize starts
            try (Connection connection = db.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER crash_" + crashAt + " AFTER " + (UPDATED.contains(crashAt) ? "UPDATE" : "INSERT") + " ON " + crashAt + " FOR EACH ROW CALL \""
                        + HaltTrigger.class.getName() + "\"");
            }
        }
        Clock clock = Clock.fixed(Instant.parse(FinalizeCrashIT.NOW), ZoneOffset.UTC);
        BillingPreview preview = new BillingPreview(new BillingInputRepository(db.dsl()));
        db.transactions().inTransaction(() -> preview.previewContract(contract, month)).orElseThrow();
        if (crashAt.equals("PREVIEWED")) {
            halt("previewed");
        }
        InvoiceFinalizer finalizer = new InvoiceFinalizer(preview, new InvoiceRepository(db.dsl(), clock),
                new AuditLog(db.dsl(), clock), clock);
        db.transactions().inTransaction(() -> finalizer.finalizeContract(contract, month, "crash")).orElseThrow();
        if (crashAt.equals("COMMITTED")) {
            halt("committed");
        }
        System.out.println("survived");
        db.close();
    }

    private static void halt(String when) {
        System.out.println("halting: " + when);
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
