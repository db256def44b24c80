package org.seatkeeper.app.usage;

import java.util.List;

/**
 * One tenant license (SKU) on a customer's Licenses tab.
 *
 * @param subscriptions the Seatkeeper subscriptions and terms behind it ("Microsoft 365 Business Premium · P1Y annual ·
 *                      10 · ends 2027-03-31"); empty when none is mapped to the SKU
 * @param billing       the billing profile and agreement it is linked to (PSA license links come later: "not linked")
 * @param lastPsaSync   its last sync to the PSA and the quantity written (later: "never")
 */
public record LicenseRow(String name, String skuPartNumber, int purchased, int assigned, int unassigned, int suspended,
                         int warning, String status, String statusKind, boolean present, String holders,
                         List<String> subscriptions, String billing, String lastPsaSync) {
}
