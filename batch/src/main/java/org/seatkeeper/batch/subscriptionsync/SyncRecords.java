package org.seatkeeper.batch.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.subscriptionsync.CustomerCurrency;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscription;
import org.seatkeeper.providers.connector.Money;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

/** How a provider record maps onto our shapes: its product, name, currency, status and offer. Pure. */
final class SyncRecords {

    // the widths of the columns names and provider statuses go to
    private static final int NAME_LENGTH = Math.min(SUBSCRIPTION.NAME.getDataType().length(),
            PRODUCT.NAME.getDataType().length());
    private static final int STATUS_LENGTH = SUBSCRIPTION.PROVIDER_STATUS.getDataType().length();

    private SyncRecords() {
    }

    /** The catalog line a record is for, with the provider's amounts for a product the catalog does not have yet. */
    static NewProduct productOf(ProviderSubscriptionRecord r, SyncAccount account) {
        String currency = currencyOf(r, account);
        SyncPricing.Amounts amounts = SyncPricing.of(r, currency);
        return new NewProduct(new ProductKey(r.offerId(), Term.parse(r.term()),
                BillingCycle.valueOf(r.billingCycle().name()), currency), nameOf(r), amounts.listPrice(),
                amounts.unitCost());
    }

    /** Where the chunk's new subscriptions land: (customer, currency) of each record we do not hold yet. */
    static Set<CustomerCurrency> contractsForNew(List<AccountSync> mapped, Map<Long, List<OurSubscription>> ours) {
        Set<CustomerCurrency> wanted = new HashSet<>();
        for (AccountSync item : mapped) {
            Set<String> known = new HashSet<>();
            ours.getOrDefault(item.account().id(), List.of()).forEach(s -> known.add(s.row().externalId()));
            item.subscriptions().stream().filter(r -> !known.contains(r.externalId())).forEach(r -> wanted.add(
                    new CustomerCurrency(item.account().customerId(), currencyOf(r, item.account()))));
        }
        return wanted;
    }

    /** What the sync could not read of one account, one row per subscription id and one for records without one. */
    static List<UnreadableSubscription> unreadableOf(AccountSync item) {
        SyncAccount account = item.account();
        Set<String> unreadable = item.unreadableIds();
        Map<String, UnreadableSubscription> byId = new LinkedHashMap<>();
        List<String> unidentified = new ArrayList<>();
        for (AccountSync.Rejection r : item.rejected()) {
            String id = r.subscriptionId();
            if (id == null) {
                unidentified.add(r.reason());
            } else if (unreadable.contains(id)) {
                byId.putIfAbsent(id, new UnreadableSubscription(account.providerId(), account.id(), id, r.reason()));
            }
        }
        List<UnreadableSubscription> rows = new ArrayList<>(byId.values());
        if (!unidentified.isEmpty()) {
            String reason = unidentified.size() == 1 ? unidentified.get(0)
                    : unidentified.size() + " records without a readable id, the first: " + unidentified.get(0);
            rows.add(new UnreadableSubscription(account.providerId(), account.id(), null, reason));
        }
        return rows;
    }

    /** What the provider sells, as subscription.provider_offer keeps it: the offer (upper case), term and billing cycle. */
    static String offerOf(ProductKey key) {
        return key.offerId().toUpperCase(Locale.ROOT) + "|" + key.term().name() + "|" + key.billingCycle().name();
    }

    /** E.g. "The provider changed the offer: CFQ7TTC0LF8R:0001:P1Y, P1Y, MONTHLY -> CFQ7TTC0LF8R:0002:P1M, P1M, MONTHLY". */
    static String productChangeNote(String from, String to) {
        return cut("The provider changed the offer: " + from.replace("|", ", ") + " -> " + to.replace("|", ", "));
    }

    /** The provider's name for the product, cut to the column rather than refusing the record. */
    static String nameOf(ProviderSubscriptionRecord r) {
        String name = r.productName() == null || r.productName().isBlank() ? r.offerId() : r.productName().strip();
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }

    /** The currency the provider prices the record in (its cost's, list price's or price's), else the provider's. */
    static String currencyOf(ProviderSubscriptionRecord r, SyncAccount account) {
        for (Money money : new Money[] {r.unitCost(), r.listPrice(), r.unitPrice()}) {
            if (money != null) {
                return money.currency().getCurrencyCode();
            }
        }
        return account.currency().strip();
    }

    static String statusOf(ProviderSubscriptionRecord r) {
        String raw = r.providerStatus() == null ? r.status().name() : r.providerStatus();
        return raw.length() <= STATUS_LENGTH ? raw : raw.substring(0, STATUS_LENGTH);
    }

    /** A note cut to its column (license_change.note, 500). */
    static String cut(String note) {
        return note.length() <= 500 ? note : note.substring(0, 500);
    }

    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
