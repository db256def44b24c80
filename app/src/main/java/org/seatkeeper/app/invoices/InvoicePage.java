package org.seatkeeper.app.invoices;

import java.util.List;

/** An invoice or credit note as its page (and its PDF) shows it; {@code voidReason}: why a credit note voids its
 *  invoice, or why an invoice was voided (empty when none was kept). */
public record InvoicePage(long id, String number, String title, String customerName, long customerId,
                          String contractName, long contractId, String period, String issuedOn, String finalizedBy,
                          List<Line> lines, List<String> totals, String voidedBy, Long voidedById, String voids,
                          Long voidsId, String voidReason, boolean canVoid, String lastSent, String companyName,
                          List<Contact> contacts) {

    /** A contact of the customer the invoice can be sent to. */
    public record Contact(String value, String label) {
    }

    public record Line(int number, String product, String subscription, String description, String quantity,
                       String period, String periods, String unitPrice, String amount, String events) {
    }
}
