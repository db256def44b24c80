package org.seatkeeper.db.accounts;

/** How many accounts each tab of the accounts page holds (and the dashboard's unmapped / new figures). */
public record AccountCounts(int all, int mapped, int unmapped, int inactive, int newAccounts) {
}
