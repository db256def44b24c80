package org.seatkeeper.db.invoices;

public enum InvoiceKind { INVOICE, CREDIT_NOTE }
