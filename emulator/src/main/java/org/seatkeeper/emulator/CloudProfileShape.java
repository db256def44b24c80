package org.seatkeeper.emulator;

/** How an Ion customer's cloud profiles look (the Microsoft tenant's place among them). */
public enum CloudProfileShape {
    /** The Microsoft profile alone, linked to the tenant. */
    MICROSOFT,
    /** A Google Workspace profile first, then the linked Microsoft one. */
    GOOGLE_FIRST,
    /** A Microsoft profile not linked yet: empty tenant id and domain. */
    UNLINKED,
    /** No profile at all. */
    NONE
}
