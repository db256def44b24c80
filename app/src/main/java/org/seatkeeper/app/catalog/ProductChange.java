package org.seatkeeper.app.catalog;

import java.math.BigDecimal;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;

/** What saving the form changes on an existing product (its name, its amounts, both or nothing), and its audit. */
record ProductChange(Product before, ProductDetails after) {

    boolean renamed() {
        return !before.name().equals(after.name());
    }

    boolean repriced() {
        return !same(before.unitPrice(), after.unitPrice()) || !same(before.unitCost(), after.unitCost());
    }

    boolean any() {
        return renamed() || repriced();
    }

    /** An edit of the amounts alone keeps the action price edits were always audited under. */
    String action() {
        return renamed() ? "UPDATE_PRODUCT" : "PRICE_PRODUCT";
    }

    String summary() {
        String currency = before.currency();
        String amounts = "unit price " + ProductStates.money(before.unitPrice(), currency) + " → "
                + ProductStates.money(after.unitPrice(), currency) + ", unit cost "
                + ProductStates.money(before.unitCost(), currency) + " → "
                + ProductStates.money(after.unitCost(), currency);
        String product = before.name() + " (" + before.offerId() + ")";
        if (!renamed()) {
            return "Priced product " + product + ": " + amounts;
        }
        return "Renamed product " + product + " to " + after.name() + (repriced() ? "; " + amounts : "");
    }

    String beforeState() {
        return ProductStates.edited(renamed() ? before.name() : null, repriced(), before.currency(),
                before.unitPrice(), before.unitCost());
    }

    String afterState() {
        return ProductStates.edited(renamed() ? after.name() : null, repriced(), before.currency(),
                after.unitPrice(), after.unitCost());
    }

    // the database keeps four decimals: a stored 10.5000 and a typed 10.5 are the same amount
    private static boolean same(BigDecimal stored, BigDecimal typed) {
        return stored == null ? typed == null : typed != null && stored.compareTo(typed) == 0;
    }
}
