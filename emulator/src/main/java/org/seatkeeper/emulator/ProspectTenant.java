package org.seatkeeper.emulator;

/** An existing Microsoft tenant that is not yet our customer (it may accept a reseller relationship). */
public record ProspectTenant(String tenantId, String domain, String companyName, String country) {
}
