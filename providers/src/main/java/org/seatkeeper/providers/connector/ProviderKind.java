package org.seatkeeper.providers.connector;

/** Where a reseller buys: Microsoft directly, a distributor, or nowhere we can read (typed in by hand). */
public enum ProviderKind { PARTNER_CENTER, ION, PAX8, MANUAL }
