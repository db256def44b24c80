package org.seatkeeper.app.accounts;

import org.jooq.DSLContext;
import org.seatkeeper.app.web.Figures;
import org.seatkeeper.db.accounts.AccountListing;

/**
 * The accounts page's in-memory listing, kept as one of the page {@link Figures}: rebuilt after any change a person
 * makes and after any job finishes, and otherwise recomputed in the background every {@link Figures#TTL}, so pages,
 * tab counts and menu badge agree with each other.
 */
final class AccountListings {

    private static final String KEY = "accounts.listing";

    private final Figures figures;
    private final DSLContext dsl;

    AccountListings(Figures figures, DSLContext dsl) {
        this.figures = figures;
        this.dsl = dsl;
    }

    AccountListing current() {
        return figures.get(KEY, () -> AccountListing.load(dsl));
    }
}
