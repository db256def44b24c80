package org.seatkeeper.app.usage;

import java.util.List;

/**
 * One tenant license (SKU) on a customer's Licenses tab.
 *
 * @param subscriptions the Seatkeeper subscriptions and terms behind it ("Microsoft 365 Business Premium · P1Y annual ·
 *                      10 · ends 2027-03-31"); empty when none is mapped to the SKU
 * @param billing       "not linked", or "linked" when {@code links} holds its links
 * @param lastPsaSync   its last sync to the PSA: when, what ConnectWise bills, what holds it back; "never"
 * @param links         its license links (billing profile on agreement), each with the page that edits it
 */
public record LicenseRow(String name, String skuPartNumber, int purchased, int assigned, int unassigned, int suspended,
                         int warning, String status, String statusKind, boolean present, String holders,
                         List<String> subscriptions, String billing, String lastPsaSync, long id, List<Link> links) {

    /** A license link as the tab shows it: "Microsoft 365 BP (monthly) on Microsoft 365 - Contoso". */
    public record Link(String label, String href) {
    }
}
