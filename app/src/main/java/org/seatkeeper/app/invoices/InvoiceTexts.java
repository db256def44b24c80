package org.seatkeeper.app.invoices;

import java.math.BigInteger;
import org.seatkeeper.billing.billingrun.DraftLine;

/** How an invoice's numbers read on pages, PDFs and mails. */
final class InvoiceTexts {

    private InvoiceTexts() {
    }

    /** "1" (a period ahead), "12", or "22/31" (22 days of a 31-day period). */
    static String periods(DraftLine line) {
        return line.share().denominator().equals(BigInteger.ONE) ? line.share().numerator().toString()
                : line.share().numerator() + "/" + line.share().denominator();
    }
}
