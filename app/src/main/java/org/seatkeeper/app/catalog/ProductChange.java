package org.seatkeeper.app.catalog;

import java.math.BigDecimal;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;

/** What saving the form changes on an existing product (its name, its amounts, both or nothing), and its audit. */
record ProductChange(Product before, ProductDetails after, int repricedSubscriptions) {

    ProductChange(Product before, ProductDetails after) {
        this(before, after, 0);
    }

    /** The same change, knowing how many subscriptions it re-priced. */
    ProductChange withRepriced(int count) {
        return new ProductChange(before, after, count);
    }

    boolean renamed() {
        return !before.name().equals(after.name());
    }

    boolean repriced() {
        return !same(before.listPrice(), after.listPrice()) || !same(before.unitCost(), after.unitCost());
    }

    boolean any() {
        return renamed() || repriced();
    }

    /** An edit of the amounts alone is a price change (PRICE_PRODUCT before V73), one that renames is an update. */
    AuditAction action() {
        return renamed() ? AuditAction.UPDATE : AuditAction.CHANGE_PRICE;
    }

    String summary() {
        String currency = before.currency();
        String amounts = "list price " + ProductStates.money(before.listPrice(), currency) + " → "
                + ProductStates.money(after.listPrice(), currency) + ", unit cost "
                + ProductStates.money(before.unitCost(), currency) + " → "
                + ProductStates.money(after.unitCost(), currency);
        String product = before.name() + " (" + before.offerId() + ")";
        if (!renamed()) {
            return "Priced product " + product + ": " + amounts;
        }
        return "Renamed product " + product + " to " + after.name() + (repriced() ? "; " + amounts : "");
    }

    AuditState beforeState() {
        return ProductStates.edited(renamed() ? before.name() : null, repriced(), before.currency(),
                before.listPrice(), before.unitCost());
    }

    AuditState afterState() {
        return ProductStates.edited(renamed() ? after.name() : null, repriced(), before.currency(),
                after.listPrice(), after.unitCost());
    }

    // the database keeps four decimals: a stored 10.5000 and a typed 10.5 are the same amount
    private static boolean same(BigDecimal stored, BigDecimal typed) {
        return stored == null ? typed == null : typed != null && stored.compareTo(typed) == 0;
    }
}
