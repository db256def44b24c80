package org.seatkeeper.db.invoices;

import java.util.Locale;

/** How the next invoice and credit note numbers are made: prefix + the next number, zero-padded to {@code digits}. */
public record InvoiceNumbering(String invoicePrefix, String creditPrefix, long nextNumber, int digits, int version) {

    public String format(InvoiceKind kind, long number) {
        String prefix = kind == InvoiceKind.INVOICE ? invoicePrefix : creditPrefix;
        return prefix + String.format(Locale.ROOT, "%0" + digits + "d", number);
    }
}
