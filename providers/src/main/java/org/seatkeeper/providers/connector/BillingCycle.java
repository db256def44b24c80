package org.seatkeeper.providers.connector;

public enum BillingCycle { MONTHLY, ANNUAL, TRIENNIAL, NONE }
