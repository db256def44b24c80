package org.seatkeeper.billing.billingrun;

import org.hsqldb.Trigger;

/**
 * An HSQLDB row trigger that kills its JVM outright (no shutdown hook, no flush, no rollback) when the row it fires
 * for is the {@code seatkeeper.crash.row}-th one, counted from the JVM's start: the crash inside the finalize
 * transaction that {@link FinalizeCrashIT} asks for. It does nothing in a JVM without that property, so a database
 * that still holds it is harmless to the test that reopens it.
 */
public final class HaltTrigger implements Trigger {

    private static int fired;

    @Override
    public void fire(int type, String trigName, String tabName, Object[] oldRow, Object[] newRow) {
        Integer crashAt = Integer.getInteger("seatkeeper.crash.row");
        if (crashAt != null && ++fired == crashAt) {
            System.out.println("halting in " + tabName);
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
