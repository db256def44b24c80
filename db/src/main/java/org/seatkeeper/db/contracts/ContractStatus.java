package org.seatkeeper.db.contracts;

public enum ContractStatus { ACTIVE, CLOSED }
