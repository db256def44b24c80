package org.seatkeeper.providers.connector;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.partnercenter.PcAddress;
import org.seatkeeper.providers.partnercenter.PcCustomer;
import org.seatkeeper.providers.partnercenter.PcSubscription;

/** Partner Center payloads to the common records; unusable items become rejected records. */
final class PartnerCenterMapping {

    private PartnerCenterMapping() {
    }

    static void account(Parsed<PcCustomer> parsed, List<ProviderAccountRecord> accounts, List<RejectedRecord> rejected) {
        if (!parsed.ok()) {
            rejected.add(new RejectedRecord(null, parsed.problem(), parsed.raw()));
            return;
        }
        PcCustomer customer = parsed.value();
        if (blank(customer.id())) {
            rejected.add(new RejectedRecord(null, "customer without id", parsed.raw()));
            return;
        }
        var profile = customer.companyProfile();
        PcAddress pcAddress = customer.billingProfile() == null ? null : customer.billingProfile().defaultAddress();
        PostalAddress address = pcAddress == null ? null : address(pcAddress);
        String tenantId = profile != null && !blank(profile.tenantId()) ? profile.tenantId() : customer.id();
        accounts.add(new ProviderAccountRecord(customer.id(), tenantId, profile == null ? null : profile.domain(),
                profile == null ? null : profile.companyName(), address == null ? null : address.country(),
                StatusMapping.partnerCenterRelationship(customer.relationshipToPartner()), address));
    }

    static SubscriptionList subscriptions(String customerId, List<Parsed<PcSubscription>> items) {
        List<ProviderSubscriptionRecord> subscriptions = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        for (Parsed<PcSubscription> parsed : items) {
            if (!parsed.ok()) {
                rejected.add(RejectedIds.unreadable(parsed, "id"));
                continue;
            }
            PcSubscription s = parsed.value();
            String problem = blank(s.id()) ? "subscription without id"
                    : s.quantity() == null || s.quantity() < 0 ? "no usable quantity"
                    : StatusMapping.partnerCenter(s.status()).isEmpty() ? "unknown status '" + s.status() + "'" : null;
            if (problem != null) {
                rejected.add(new RejectedRecord(blank(s.id()) ? null : s.id(), problem, parsed.raw()));
                continue;
            }
            try {
                subscriptions.add(subscription(customerId, s));
            } catch (DateTimeParseException e) {
                rejected.add(new RejectedRecord(s.id(), "unreadable date: " + e.getParsedString(), parsed.raw()));
            }
        }
        return new SubscriptionList(subscriptions, rejected);
    }

    private static ProviderSubscriptionRecord subscription(String customerId, PcSubscription s) {
        var effective = LenientDates.parse(s.effectiveStartDate() != null ? s.effectiveStartDate() : s.creationDate());
        Integer refundable = s.refundableQuantity() == null ? null : s.refundableQuantity().totalQuantity();
        return new ProviderSubscriptionRecord(s.id(), customerId, s.offerId(),
                s.offerName() != null ? s.offerName() : s.friendlyName(), StatusMapping.term(s.termDuration()),
                StatusMapping.billingCycle(s.billingCycle()), s.quantity(),
                StatusMapping.withTrial(StatusMapping.partnerCenter(s.status()).orElseThrow(), s.isTrial()), s.status(),
                effective,
                LenientDates.parse(s.commitmentEndDate()), Boolean.TRUE.equals(s.autoRenewEnabled()),
                LenientDates.parse(s.cancellationAllowedUntilDate()), refundable, null, null, null);
    }

    static PostalAddress address(PcAddress a) {
        return new PostalAddress(a.addressLine1(), a.addressLine2(), a.city(), a.state(), a.postalCode(), a.country());
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
