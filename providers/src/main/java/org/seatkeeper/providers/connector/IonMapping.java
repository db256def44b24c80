package org.seatkeeper.providers.connector;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.ion.CloudProfiles;
import org.seatkeeper.providers.ion.IonCustomer;
import org.seatkeeper.providers.ion.IonSubscription;

/** Ion payloads to the common records: string quantities, either-case statuses, instants as dates. */
final class IonMapping {

    private IonMapping() {
    }

    static ProviderAccountRecord account(IonCustomer customer, CloudProfiles profiles) {
        var address = customer.customerAddress() == null ? null : new PostalAddress(customer.customerAddress().street(),
                customer.customerAddress().suite(), customer.customerAddress().city(),
                customer.customerAddress().state(), customer.customerAddress().zip(),
                customer.customerAddress().country());
        // every Ion customer is the reseller's: one without a (linked) Microsoft profile has a tenant we do not know yet
        var microsoft = profiles == null ? java.util.Optional.<CloudProfiles.CloudProfile>empty() : profiles.microsoft();
        RelationshipStatus relationship = "inactive".equalsIgnoreCase(customer.customerStatus())
                ? RelationshipStatus.INACTIVE : RelationshipStatus.RESELLER;
        return new ProviderAccountRecord(customer.customerId(),
                microsoft.flatMap(CloudProfiles.CloudProfile::tenantId).orElse(null),
                microsoft.flatMap(CloudProfiles.CloudProfile::domain).orElse(null), customer.customerOrganization(),
                address == null ? null : address.country(), relationship, address);
    }

    static SubscriptionList subscriptions(String customerId, List<Parsed<IonSubscription>> items) {
        List<ProviderSubscriptionRecord> subscriptions = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Parsed<IonSubscription> parsed : items) {
            if (!parsed.ok()) {
                rejected.add(RejectedIds.unreadable(parsed, "subscriptionId", "id"));
                continue;
            }
            IonSubscription s = parsed.value();
            String id = first(s.subscriptionId(), s.id());
            try {
                String problem = id == null ? "subscription without id"
                        : StatusMapping.ion(s.subscriptionStatus()).isEmpty()
                        ? "unknown status '" + s.subscriptionStatus() + "'" : null;
                if (problem != null) {
                    rejected.add(new RejectedRecord(id, problem, parsed.raw()));
                    continue;
                }
                subscriptions.add(subscription(customerId, id, s));
            } catch (NumberFormatException e) {
                rejected.add(new RejectedRecord(id, "unreadable quantity '" + s.subscriptionTotalLicenses() + "'",
                        parsed.raw()));
            } catch (DateTimeParseException e) {
                rejected.add(new RejectedRecord(id, "unreadable date: " + e.getParsedString(), parsed.raw()));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRecord(id, e.getMessage(), parsed.raw()));
            }
        }
        return new SubscriptionList(subscriptions, rejected);
    }

    private static ProviderSubscriptionRecord subscription(String customerId, String id, IonSubscription s) {
        int quantity = quantity(s.subscriptionTotalLicenses());
        String code = first(s.currency(), s.billingCurrency());
        Currency currency = code == null ? null : Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        boolean autoRenew = s.autoRenew() != null ? s.autoRenew() : "enabled".equalsIgnoreCase(s.subscriptionRenewStatus());
        var info = s.ccpProductInfo();
        String productName = info == null ? s.subscriptionName() : first(info.skuDisplayName(), info.productDisplayName());
        return new ProviderSubscriptionRecord(id, customerId, first(s.mfgPartNumber(), s.subscriptionOfferId(), s.ccpSkuId()),
                productName, StatusMapping.term(s.subscriptionBillingTerm()),
                StatusMapping.billingCycle(s.subscriptionBillingCycle()), quantity,
                StatusMapping.withTrial(StatusMapping.ion(s.subscriptionStatus()).orElseThrow(), s.isTrial()),
                s.subscriptionStatus(),
                LenientDates.parse(first(s.subscriptionStartDate(), s.subscriptionPurchasedDate())),
                LenientDates.parse(s.subscriptionEndDate()), autoRenew,
                LenientDates.parse(s.cancellationAllowedUntilDate()), null, money(s.price(), currency),
                money(s.cost(), currency), LenientDates.parse(s.lastUpdatedDate()), money(s.msrp(), currency));
    }

    static int quantity(String text) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("no quantity");
        }
        BigDecimal value = new BigDecimal(text.trim());
        if (value.signum() < 0) {
            throw new NumberFormatException("negative quantity");
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("not a whole number");
        }
    }

    static Money money(BigDecimal amount, Currency currency) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
