package org.seatkeeper.db.catalog;

/** How often a product (or a billing contract) is invoiced. */
public enum BillingCycle { MONTHLY, ANNUAL, TRIENNIAL, NONE }
