package org.seatkeeper.billing.subscriptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.BillingRuleException.Subject;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * A person re-points a subscription (manual or synced) to another product, sets or releases its unit price, and
 * corrects its effective date and term end: only if it is still as the page showed it (its version), audited with
 * before and after, in the caller's transaction. A new product or price is a PRICE_CHANGE event (quantity change 0)
 * dated {@code priceFrom}, so billing knows from when. A synced subscription's term end is the provider's again after
 * the next sync that reports another one.
 */
public final class TermsEdits {

    /** What the form asks for; {@code unitPrice} null means "as the price rules say". */
    public record Change(long productId, Money unitPrice, LocalDate effectiveDate, LocalDate termEndDate,
                         LocalDate priceFrom) {
    }

    private final SubscriptionRepository subscriptions;
    private final ProductRepository products;
    private final BillingContractRepository contracts;
    private final LicenseChangeRepository changes;
    private final SubscriptionPricing pricing;
    private final AuditLog audit;

    public TermsEdits(SubscriptionRepository subscriptions, ProductRepository products,
                      BillingContractRepository contracts, LicenseChangeRepository changes,
                      SubscriptionPricing pricing, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.products = products;
        this.contracts = contracts;
        this.changes = changes;
        this.pricing = pricing;
        this.audit = audit;
    }

    /**
     * @return what was done, for the person (or that nothing changed)
     * @throws BillingRuleException by the field it is about, or SUBSCRIPTION when someone changed it meanwhile
     */
    public String apply(long subscriptionId, int seenVersion, Change change, String username) {
        Subscription s = subscriptions.findById(subscriptionId).orElseThrow(
                () -> new BillingRuleException("Subscription #" + subscriptionId + " does not exist."));
        if (s.version() != seenVersion) {
            throw new BillingRuleException("Someone changed subscription #" + s.id() + " since this page was opened."
                    + " Its product, price and dates are shown as they are now, with what you typed; save again if it"
                    + " is still right.");
        }
        if (s.status() == SubscriptionState.DEACTIVATED) {
            throw new BillingRuleException("Subscription #" + s.id() + " is deactivated: nothing left to bill.");
        }
        Product product = product(change.productId(), contractCurrency(s));
        if (change.unitPrice() != null && !change.unitPrice().currency().equals(product.currency().strip())) {
            throw new BillingRuleException(Subject.UNIT_PRICE, "The price is in " + product.currency().strip()
                    + ", the product's currency.");
        }
        if (change.termEndDate() != null && change.termEndDate().isBefore(change.effectiveDate())) {
            throw new BillingRuleException(Subject.TERM_END, "The term cannot end (" + change.termEndDate()
                    + ") before the subscription starts (" + change.effectiveDate() + ").");
        }
        if (change.priceFrom().isBefore(change.effectiveDate())) {
            throw new BillingRuleException(Subject.PRICE_FROM, "A new product or price cannot apply before the "
                    + "subscription starts (" + change.effectiveDate() + ").");
        }
        PriceRules.UnitPrice price = change.unitPrice() != null
                ? new PriceRules.UnitPrice(change.unitPrice(), "set by " + username)
                : pricing.priceFor(s.contractId(), s.providerId(), product);
        Money before = s.unitPrice() == null || s.currency() == null ? null
                : new Money(s.unitPrice(), s.currency().strip());
        boolean productChanged = !Objects.equals(s.productId(), product.id());
        boolean priceChanged = !Objects.equals(before, price.price())
                || s.priceSetByPerson() != (change.unitPrice() != null);
        boolean termsChanged = !Objects.equals(s.effectiveDate(), change.effectiveDate())
                || !Objects.equals(s.termEndDate(), change.termEndDate());
        if (!productChanged && !priceChanged && !termsChanged) {
            return "Nothing changed: the subscription already has this product, price and dates.";
        }
        int version = s.version();
        if (termsChanged) {
            SubscriptionTerms t = s.terms();
            subscriptions.updateTerms(s.id(), new SubscriptionTerms(change.effectiveDate(), change.termEndDate(),
                    t.autoRenew(), t.cancellationAllowedUntil(), t.refundableQuantity()), version++);
        }
        if (productChanged || priceChanged) {
            subscriptions.updateProductAndPrice(s.id(), product.id(), price.price(), change.unitPrice() != null,
                    version);
            changes.insert(new NewLicenseChange(s.id(), LicenseChangeType.PRICE_CHANGE, 0, s.quantity(),
                    change.priceFrom(), ChangeSource.USER, username, false, null,
                    note(s, product, productChanged, before, price), price.price()));
        }
        audit.record(username, AuditAction.CHANGE_TERMS, AuditEntity.SUBSCRIPTION, s.id(), "Changed subscription #"
                        + s.id() + (productChanged ? ": product #" + s.productId() + " → " + product.name() : "")
                        + (priceChanged ? "; unit price " + text(before) + " → " + text(price.price()) + " ("
                        + price.basis() + ")" : "")
                        + (termsChanged ? "; effective " + s.effectiveDate() + " → " + change.effectiveDate()
                        + ", term end " + s.termEndDate() + " → " + change.termEndDate() : ""),
                AuditState.of("productId", s.productId(), "unitPrice", text(before), "priceSetByPerson",
                        s.priceSetByPerson(), "effectiveDate", s.effectiveDate(), "termEndDate", s.termEndDate()),
                AuditState.of("productId", product.id(), "unitPrice", text(price.price()), "priceSetByPerson",
                        change.unitPrice() != null, "effectiveDate", change.effectiveDate(), "termEndDate",
                        change.termEndDate()));
        return "Saved" + (productChanged ? ": now " + product.name() : "") + (priceChanged ? "; unit price "
                + text(price.price()) + " from " + change.priceFrom() : "") + ".";
    }

    private String contractCurrency(Subscription s) {
        return contracts.findById(s.contractId()).map(c -> c.currency().strip()).orElse(null);
    }

    private Product product(long productId, String contractCurrency) {
        Product product = products.findById(productId).orElseThrow(
                () -> new BillingRuleException(Subject.PRODUCT, "Pick a product of the catalog."));
        if (contractCurrency != null && !product.currency().strip().equals(contractCurrency)) {
            throw new BillingRuleException(Subject.PRODUCT, product.name() + " is priced in "
                    + product.currency().strip() + ", but the contract bills in " + contractCurrency + ": pick a "
                    + contractCurrency + " product.");
        }
        return product;
    }

    private static String note(Subscription s, Product product, boolean productChanged, Money before,
                               PriceRules.UnitPrice after) {
        String text = (productChanged ? "Product #" + s.productId() + " → " + product.name() + " (#" + product.id()
                + "); " : "") + "unit price " + text(before) + " → " + text(after.price()) + " (" + after.basis() + ")";
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static String text(Money money) {
        return money == null ? "none" : money.toString();
    }
}
