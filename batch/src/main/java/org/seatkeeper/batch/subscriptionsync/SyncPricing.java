package org.seatkeeper.batch.subscriptionsync;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.billing.pricing.ProductPrices;
import org.seatkeeper.billing.subscriptions.PlannedChange;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.ProviderAmounts;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/**
 * A chunk's prices, pure. What a provider record says a license costs the reseller and lists at, in the
 * subscription's currency (amounts the record does not carry come from the catalog product: its last known provider
 * amounts), and the customer's unit price the {@link PriceRules} give for it, unless a person set the price.
 * A known cost that changes, or a unit price that changes, is one PRICE_CHANGE; a cost first known is stored
 * without one (nothing was billed at another cost).
 */
final class SyncPricing {

    /** The columns keep 4 decimals (Ion sends 7): comparing at that scale keeps an unchanged night unchanged. */
    private static final int SCALE = 4;

    private final PriceRules rules;
    private final Map<Long, ProviderAmounts> products;

    SyncPricing(PriceRules rules, Map<Long, ProviderAmounts> products) {
        this.rules = rules;
        this.products = products;
    }

    /** A record's list price and cost, each null when unknown. */
    record Amounts(BigDecimal listPrice, BigDecimal unitCost) {
    }

    /** What to store on a subscription (price in its currency, cost), and the event that says so, if any. */
    record Priced(BigDecimal unitPrice, BigDecimal unitCost, PlannedChange.Details event) {
    }

    /**
     * The record's amounts in {@code currency}, at the columns' scale; an amount in another currency is not one this
     * subscription's contract bills in and counts as unknown.
     */
    static Amounts of(ProviderSubscriptionRecord r, String currency) {
        return new Amounts(in(r.listPrice(), currency), in(r.unitCost(), currency));
    }

    /** A new subscription: the rules' price for it and the provider's cost. */
    Priced forNew(long contractId, long providerId, Long productId, String currency, ProviderSubscriptionRecord r) {
        Amounts amounts = of(r, currency);
        Money price = unitPrice(contractId, providerId, productId, currency, amounts);
        return new Priced(price == null ? null : price.amount(), amounts.unitCost(), null);
    }

    /**
     * An existing subscription, live after this sync, on {@code productId} from now on ({@code productNote} says
     * how it changed, null when it did not): its price and cost, with a PRODUCT_CHANGE's details when the product
     * changed, or a PRICE_CHANGE's when the cost or price did. {@code providersProduct} false: a person put it on
     * another product than the provider sells, so the record's list price is not that product's (its cost still is
     * what the reseller pays).
     */
    Priced forExisting(OurSubscription ours, ProviderSubscriptionRecord r, Long productId, boolean providersProduct,
                       String productNote) {
        Subscription row = ours.row();
        String currency = row.currency() == null ? null : row.currency().strip();
        if (currency == null) {
            return productNote == null ? new Priced(row.unitPrice(), ours.unitCost(), null)
                    : new Priced(row.unitPrice(), ours.unitCost(), new PlannedChange.Details(productId, null, null,
                    productNote));
        }
        Amounts reported = of(r, currency);
        BigDecimal cost = reported.unitCost() != null ? reported.unitCost() : ours.unitCost();
        Money before = row.unitPrice() == null ? null : new Money(row.unitPrice(), currency);
        Money price = before;
        if (!row.priceSetByPerson()) {
            Money derived = unitPrice(row.contractId(), row.providerId(), productId, currency,
                    new Amounts(providersProduct ? reported.listPrice() : null, cost));
            price = derived != null ? derived : before;
        }
        Money costMoney = cost == null ? null : new Money(cost, currency);
        boolean costChanged = reported.unitCost() != null && ours.unitCost() != null
                && !SyncRecords.sameAmount(reported.unitCost(), ours.unitCost());
        boolean priceChanged = !Objects.equals(price, before);
        BigDecimal amount = price == null ? null : price.amount();
        if (productNote != null) {
            return new Priced(amount, cost, new PlannedChange.Details(productId, price, costMoney,
                    SyncRecords.cut(productNote + (priceChanged ? "; " + priceNote("unit price", before, price) : ""))));
        }
        if (!costChanged && !priceChanged) {
            return new Priced(amount, cost, null);
        }
        String note = costChanged ? priceNote("The provider's cost", new Money(ours.unitCost(), currency), costMoney)
                + (priceChanged ? "; " + priceNote("unit price", before, price) : "")
                : priceNote("Unit price", before, price) + " (the price rules, from the provider's prices)";
        return new Priced(amount, cost, new PlannedChange.Details(null, price, costMoney, SyncRecords.cut(note)));
    }

    /**
     * The rules' unit price for a subscription of this contract and provider on {@code productId}, from
     * {@code amounts} where known, else the product's; null when none follows.
     */
    Money unitPrice(long contractId, long providerId, Long productId, String currency, Amounts amounts) {
        if (productId == null) {
            return null;
        }
        ProviderAmounts product = products.get(productId);
        boolean sameCurrency = product != null && product.currency().equals(currency);
        BigDecimal list = amounts.listPrice() != null ? amounts.listPrice()
                : sameCurrency ? product.listPrice() : null;
        BigDecimal cost = amounts.unitCost() != null ? amounts.unitCost()
                : sameCurrency ? product.unitCost() : null;
        Money price = rules.unitPrice(contractId, providerId, new ProductPrices(productId, currency, list, cost))
                .orElse(null);
        return price != null && price.currency().equals(currency) ? price : null;
    }

    /** A record of the chunk on a product, and the cost we held for its subscription (null for a new one). */
    record Seen(long productId, ProviderSubscriptionRecord record, BigDecimal heldCost) {
    }

    /**
     * The products whose provider amounts the chunk learns: an amount the product lacks is filled in (from the first
     * record that has it), and a cost the provider changed for a subscription replaces the product's amounts. Other
     * differences are not written (a provider may price one product differently for two customers: the product would
     * flip night after night, and each subscription keeps its own cost anyway).
     */
    static Map<Long, ProviderAmounts> productUpdates(List<Seen> seen, Map<Long, ProviderAmounts> stored) {
        Map<Long, ProviderAmounts> updates = new LinkedHashMap<>();
        for (Seen s : seen) {
            ProviderAmounts product = stored.get(s.productId());
            if (product == null) {
                continue;
            }
            Amounts reported = of(s.record(), product.currency());
            ProviderAmounts current = updates.getOrDefault(s.productId(), product);
            boolean costChanged = reported.unitCost() != null && s.heldCost() != null
                    && !SyncRecords.sameAmount(reported.unitCost(), s.heldCost());
            BigDecimal list = reported.listPrice() != null && (costChanged || current.listPrice() == null)
                    ? reported.listPrice() : current.listPrice();
            BigDecimal cost = reported.unitCost() != null && (costChanged || current.unitCost() == null)
                    ? reported.unitCost() : current.unitCost();
            if (!SyncRecords.sameAmount(list, current.listPrice()) || !SyncRecords.sameAmount(cost, current.unitCost())) {
                updates.put(s.productId(), new ProviderAmounts(s.productId(), product.currency(), list, cost));
            }
        }
        return updates;
    }

    private static String priceNote(String what, Money before, Money after) {
        return what + " " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after);
    }

    private static BigDecimal in(org.seatkeeper.providers.connector.Money money, String currency) {
        return money != null && money.currency().getCurrencyCode().equals(currency)
                ? money.amount().setScale(SCALE, RoundingMode.HALF_UP) : null;
    }
}
