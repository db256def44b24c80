package org.seatkeeper.db.psabilling;

/** Which quantity a license link bills. */
public enum QuantitySource {
    /** Seatkeeper's subscription quantity behind the license (billing owns it: the license change log adds up to it). */
    SUBSCRIPTION,
    /** The tenant's purchased (enabled) count, as the license usage job last read it. */
    PURCHASED
}
