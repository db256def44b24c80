package org.seatkeeper.app.subscriptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionOwner;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** Builds the subscription page; "may it decrease today" is decided here, with the injected clock. */
final class SubscriptionView {

    private final SubscriptionRepository subscriptions;
    private final LicenseChangeRepository changes;
    private final BillingContractRepository contracts;
    private final ProductRepository products;
    private final SubscriptionPricing pricing;
    private final Clock clock;

    SubscriptionView(SubscriptionRepository subscriptions, LicenseChangeRepository changes,
                     BillingContractRepository contracts, ProductRepository products, SubscriptionPricing pricing,
                     Clock clock) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.contracts = contracts;
        this.products = products;
        this.pricing = pricing;
        this.clock = clock;
    }

    /** Today on the app's clock: the page's default date and the reference for "how far ahead". */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    SubscriptionPage build(Subscription s, SubscriptionOwner owner) {
        LocalDate today = today();
        List<LicenseChange> log = changes.findBySubscription(s.id());
        int sum = log.stream().mapToInt(LicenseChange::quantityChange).sum();
        List<SubscriptionPage.Event> events = new ArrayList<>();
        for (LicenseChange e : log) {
            events.add(new SubscriptionPage.Event(e.id(), e.type().name().toLowerCase().replace('_', ' '),
                    e.quantityChange() > 0 ? "+" + e.quantityChange() : String.valueOf(e.quantityChange()),
                    e.quantityAfter(), e.effectiveDate().toString(), e.source().name().toLowerCase(), e.recordedBy(),
                    e.archived(), e.archiveReason() == null ? "" : e.archiveReason(), e.invoiced(),
                    e.invoiceRef() == null ? "" : e.invoiceRef(),
                    e.movedFromSubscriptionId() == null ? "" : "#" + e.movedFromSubscriptionId(),
                    note(e)));
        }
        boolean live = s.status() != SubscriptionState.DEACTIVATED;
        Optional<BillingContract> contract = contracts.findById(s.contractId());
        String contractName = contract.map(c -> c.name()).orElse("#" + s.contractId());
        Optional<Product> product = s.productId() == null ? Optional.empty() : products.findById(s.productId());
        List<SubscriptionPage.Fact> facts = List.of(
                new SubscriptionPage.Fact("Product", product.map(p -> p.name() + " · " + p.term() + " · "
                        + p.billingCycle().name().toLowerCase()).orElse("—")),
                new SubscriptionPage.Fact("Unit price", price(s, product)),
                new SubscriptionPage.Fact("Unit cost · list price", product.map(p -> p.cost().map(Money::toString)
                        .orElse("—") + " · " + p.listed().map(Money::toString).orElse("—")).orElse("—")),
                new SubscriptionPage.Fact("Provider", owner.providerName()
                        + (s.externalId() == null ? "" : " · " + s.externalId())),
                new SubscriptionPage.Fact("Customer", owner.customerName()),
                new SubscriptionPage.Fact("Effective date", text(s.effectiveDate())),
                new SubscriptionPage.Fact("Term end", text(s.termEndDate())),
                new SubscriptionPage.Fact("Auto-renew", s.autoRenew() ? "yes" : "no"),
                new SubscriptionPage.Fact("At term end", atTermEnd(s)),
                new SubscriptionPage.Fact("Cancellation window ends", text(s.cancellationAllowedUntil())),
                new SubscriptionPage.Fact("Refundable quantity", s.refundableQuantity() == null ? "—"
                        : String.valueOf(s.refundableQuantity())),
                new SubscriptionPage.Fact("Provider quantity at last sync", s.providerQuantity() == null ? "—"
                        : s.providerQuantity() + (s.providerStatus() == null ? ""
                                : " (" + org.seatkeeper.app.web.Words.providerStatus(s.providerStatus()) + ")")));
        String logCheck = sum == s.quantity() ? "The log adds up to " + sum + ", the subscription's quantity."
                : "The log adds up to " + sum + " but the quantity is " + s.quantity() + ": correct it with an event"
                + " (below).";
        if (s.providerQuantity() != null && live && s.providerQuantity() != sum) {
            logCheck += " License mismatch: the provider says " + s.providerQuantity() + ".";
        }
        boolean addsUp = sum == s.quantity() && (s.providerQuantity() == null || !live || s.providerQuantity() == sum);
        return new SubscriptionPage(s.id(), s.name(), s.contractId(), contractName, owner.providerName(),
                owner.manual(), s.status().name().toLowerCase(), s.quantity(), facts, decreaseToday(s, today),
                logCheck, addsUp, events, owner.manual() && s.status() == SubscriptionState.ACTIVE,
                owner.manual() && s.status() == SubscriptionState.SUSPENDED, owner.manual() && live,
                owner.manual() && live, live ? "" : nothingToChange(log), today.toString(), live,
                productOptions(contract.map(c -> c.currency().strip()).orElse(null), product), sum);
    }

    /** What the log shows under an event's type: its note, and what a replacement's archived create stands for. */
    private static String note(LicenseChange e) {
        String replaces = e.replacesSubscriptionId() == null ? "" : "Stands for manual subscription #"
                + e.replacesSubscriptionId() + "'s create event, which bills these licenses: un-archived, they would "
                + "be billed twice.";
        String note = e.note() == null ? "" : e.note();
        return replaces.isEmpty() ? note : note.isEmpty() ? replaces : replaces + " " + note;
    }

    /** "37.50 USD, from the provider's rule: cost + 25 %", or "set by a person", or why there is none. */
    private String price(Subscription s, Optional<Product> product) {
        String stored = s.unitPrice() == null || s.currency() == null ? "none"
                : new Money(s.unitPrice(), s.currency().strip()).toString();
        if (s.priceSetByPerson()) {
            return stored + " (set by a person: the price rules leave it alone)";
        }
        if (product.isEmpty()) {
            return stored + " (no product to price it from)";
        }
        PriceRules.UnitPrice rules = pricing.priceFor(s.contractId(), s.providerId(), product.get());
        boolean current = java.util.Objects.equals(rules.price(), s.unitPrice() == null || s.currency() == null
                ? null : new Money(s.unitPrice(), s.currency().strip()));
        return stored + " (" + (current ? "from " + rules.basis() : "the price rules now give "
                + (rules.price() == null ? "none" : rules.price()) + ", " + rules.basis()
                + ": apply them on the contract's Price rules page") + ")";
    }

    /** The products it may be re-pointed to: the contract's currency's (at most 500), and always its own. */
    private List<Map<String, String>> productOptions(String currency, Optional<Product> own) {
        List<Product> options = new ArrayList<>(products.search(new ProductFilter(null, currency, false), 0, 500));
        own.filter(p -> options.stream().noneMatch(o -> o.id() == p.id())).ifPresent(options::add);
        return options.stream().map(p -> Map.of("value", String.valueOf(p.id()), "label", p.name() + " · " + p.term()
                + " · " + p.billingCycle().name().toLowerCase() + " · " + p.currency().strip())).toList();
    }

    /** Why a deactivated subscription offers no change: dated by its (latest) deactivation when the log has one. */
    private static String nothingToChange(List<LicenseChange> log) {
        return log.stream()
                .filter(e -> e.type() == LicenseChangeType.DEACTIVATE)
                .map(LicenseChange::effectiveDate)
                .max(Comparator.naturalOrder())
                .map(date -> "Deactivated on " + date + ": nothing left to change.")
                .orElse("Deactivated: nothing left to change.");
    }

    /** NCE: decreases only inside the cancellation window; outside it only at renewal. */
    static String decreaseToday(Subscription s, LocalDate today) {
        if (s.status() == SubscriptionState.DEACTIVATED) {
            return "No: the subscription is deactivated.";
        }
        if (s.cancellationAllowedUntil() == null) {
            return s.externalId() == null ? "Yes: a manual subscription has no provider window."
                    : "Unknown: the provider gives no cancellation window; a decrease may have to wait for the renewal"
                    + (s.termEndDate() == null ? "." : " on " + s.termEndDate().plusDays(1) + ".");
        }
        if (!today.isAfter(s.cancellationAllowedUntil())) {
            // inside the window the provider says how many licenses it still takes back (Partner Center's
            // refundableQuantity, Ion's and Pax8's equivalents): a decrease beyond that is refused
            Integer refundable = s.refundableQuantity();
            if (refundable == null) {
                return "Yes, until " + s.cancellationAllowedUntil() + " (the cancellation window).";
            }
            if (refundable <= 0) {
                return "No: the provider takes no license back now (refundable quantity 0), although the cancellation"
                        + " window runs until " + s.cancellationAllowedUntil() + ".";
            }
            return "Yes, by up to " + refundable + (refundable == 1 ? " license" : " licenses") + ", until "
                    + s.cancellationAllowedUntil() + " (the cancellation window).";
        }
        if (s.termEndDate() != null && s.termEndDate().isBefore(today)) {
            // a renewal date in the past would be advice nobody can follow
            return "No: the cancellation window ended on " + s.cancellationAllowedUntil() + ", and the term end ("
                    + s.termEndDate() + ") has passed: sync the subscription or correct its term end.";
        }
        return "No: the cancellation window ended on " + s.cancellationAllowedUntil() + ". A decrease can only be "
                + "scheduled for the renewal" + (s.termEndDate() == null ? "." : " on " + s.termEndDate().plusDays(1)
                + ".");
    }

    /** What happens when the term ends, in words: a renewal on the next day, or the end of the licenses. */
    static String atTermEnd(Subscription s) {
        if (s.termEndDate() == null || s.status() == SubscriptionState.DEACTIVATED) {
            return "—";
        }
        return s.autoRenew() ? "Renews on " + s.termEndDate().plusDays(1) + " at " + s.quantity()
                + (s.quantity() == 1 ? " license" : " licenses")
                : "Expires on " + s.termEndDate() + " (auto-renew is off)";
    }

    private static String text(LocalDate date) {
        return date == null ? "—" : date.toString();
    }
}
