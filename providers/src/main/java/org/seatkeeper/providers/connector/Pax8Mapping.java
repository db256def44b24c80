package org.seatkeeper.providers.connector;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.pax8.Pax8Company;
import org.seatkeeper.providers.pax8.Pax8Pricing;
import org.seatkeeper.providers.pax8.Pax8Subscription;

/** Pax8 payloads to the common records. The tenant id and domain live in a Microsoft subscription's provisioningDetails. */
final class Pax8Mapping {

    private Pax8Mapping() {
    }

    static ProviderAccountRecord account(Pax8Company company, List<Parsed<Pax8Subscription>> subscriptions) {
        var a = company.address();
        PostalAddress address = a == null ? null
                : new PostalAddress(a.street(), a.street2(), a.city(), a.stateOrProvince(), a.postalCode(), a.country());
        Optional<String> tenantId = provisioning(subscriptions, "tenantid");
        Optional<String> domain = provisioning(subscriptions, "domain");
        String status = company.status() == null ? "" : company.status().toLowerCase(Locale.ROOT);
        // a company is the reseller's customer whether or not a subscription names its tenant yet
        RelationshipStatus relationship = status.equals("inactive") || status.equals("deleted")
                ? RelationshipStatus.INACTIVE : RelationshipStatus.RESELLER;
        return new ProviderAccountRecord(company.id(), tenantId.orElse(null), domain.orElse(null), company.name(),
                address == null ? null : address.country(), relationship, address);
    }

    private static Optional<String> provisioning(List<Parsed<Pax8Subscription>> subscriptions, String word) {
        return subscriptions.stream().filter(Parsed::ok).map(Parsed::value)
                .map(s -> s.provisioningValue(word)).flatMap(Optional::stream).findFirst();
    }

    static SubscriptionList subscriptions(String companyId, List<Parsed<Pax8Subscription>> items) {
        return subscriptions(companyId, items, s -> Optional.empty());
    }

    /** @param pricing the product pricing of a subscription's product and billing term, when Pax8 has one */
    static SubscriptionList subscriptions(String companyId, List<Parsed<Pax8Subscription>> items,
                                          Function<Pax8Subscription, Optional<Pax8Pricing>> pricing) {
        List<ProviderSubscriptionRecord> subscriptions = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Parsed<Pax8Subscription> parsed : items) {
            if (!parsed.ok()) {
                rejected.add(RejectedIds.unreadable(parsed, "id"));
                continue;
            }
            Pax8Subscription s = parsed.value();
            String id = IonMapping.first(s.id());
            try {
                String problem = id == null ? "subscription without id"
                        : StatusMapping.pax8(s.status()).isEmpty() ? "unknown status '" + s.status() + "'" : null;
                if (problem != null) {
                    rejected.add(new RejectedRecord(id, problem, parsed.raw()));
                    continue;
                }
                subscriptions.add(subscription(companyId, s, pricing));
            } catch (NumberFormatException e) {
                rejected.add(new RejectedRecord(id, "unreadable quantity '" + s.quantity() + "'", parsed.raw()));
            } catch (DateTimeParseException e) {
                rejected.add(new RejectedRecord(id, "unreadable date: " + e.getParsedString(), parsed.raw()));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRecord(id, e.getMessage(), parsed.raw()));
            }
        }
        return new SubscriptionList(subscriptions, rejected);
    }

    private static ProviderSubscriptionRecord subscription(String companyId, Pax8Subscription s,
                                                           Function<Pax8Subscription, Optional<Pax8Pricing>> pricing) {
        Currency currency = s.currencyCode() == null || s.currencyCode().isBlank() ? null
                : Currency.getInstance(s.currencyCode().trim().toUpperCase(Locale.ROOT));
        var commitment = s.commitmentTerm();
        String term = StatusMapping.term(commitment != null && commitment.term() != null ? commitment.term()
                : s.billingTerm());
        String endDate = commitment != null && commitment.endDate() != null ? commitment.endDate() : s.endDate();
        int quantity = IonMapping.quantity(s.quantity());
        Optional<Pax8Pricing.Rate> rate = pricing.apply(s).flatMap(p -> p.rateFor(quantity));
        BigDecimal cost = s.partnerCost() != null ? s.partnerCost() : rate.map(Pax8Pricing.Rate::partnerBuyRate).orElse(null);
        BigDecimal list = rate.map(Pax8Pricing.Rate::suggestedRetailPrice).orElse(s.price());
        boolean autoRenew = s.endDate() == null && !StatusMapping.endsAtTermEnd(s.status());
        return new ProviderSubscriptionRecord(s.id(), s.companyId() != null ? s.companyId() : companyId,
                IonMapping.first(s.vendorSkuId(), s.productId()), s.productName(), term,
                StatusMapping.billingCycle(s.billingTerm()), quantity,
                StatusMapping.pax8(s.status()).orElseThrow(), s.status(),
                LenientDates.parse(IonMapping.first(s.startDate(), s.billingStart(), s.createdDate())),
                LenientDates.parse(endDate), autoRenew, null, null,
                IonMapping.money(s.price(), currency), IonMapping.money(cost, currency),
                LenientDates.parse(s.updatedDate()), IonMapping.money(list, currency));
    }
}
