package org.seatkeeper.providers.pax8;

public record Pax8Product(String id, String name, String vendorName, String shortDescription, String sku,
                          String vendorSku, String altVendorSku, Boolean requiresCommitment) {
}
