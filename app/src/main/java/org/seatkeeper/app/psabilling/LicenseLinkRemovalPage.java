package org.seatkeeper.app.psabilling;

/**
 * The question before a license link is removed.
 *
 * @param billedThrough "profile on agreement"
 * @param consequence   what the next PSA sync does in ConnectWise
 * @param back          the link's page ("Keep it")
 */
public record LicenseLinkRemovalPage(long customerId, String customerName, String licenseName, String billedThrough,
                                     String consequence, String action, String back) {
}
