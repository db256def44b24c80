package org.seatkeeper.emulator;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link EmulatorControl#advanceDay()} changed. Subscription ids are the provider's own primary id
 * (Partner Center subscription id, Ion line {@code id}, Pax8 subscription {@code id}).
 */
public record DriftReport(LocalDate day, List<QuantityChange> seatIncreases, List<QuantityChange> seatDecreases,
                          List<NewTenant> newTenants, List<SubscriptionRef> cancelled, List<Renewal> renewals,
                          List<SubscriptionRef> expired) {

    public DriftReport {
        seatIncreases = List.copyOf(seatIncreases);
        seatDecreases = List.copyOf(seatDecreases);
        newTenants = List.copyOf(newTenants);
        cancelled = List.copyOf(cancelled);
        renewals = List.copyOf(renewals);
        expired = List.copyOf(expired);
    }

    public record QuantityChange(Api provider, String customerId, String subscriptionId, int oldQuantity, int newQuantity) {
    }

    public record NewTenant(Api provider, String customerId, String companyName, String domain, String tenantId) {
    }

    public record SubscriptionRef(Api provider, String customerId, String subscriptionId) {
    }

    public record Renewal(Api provider, String customerId, String subscriptionId, LocalDate oldCommitmentEnd,
                          LocalDate newCommitmentEnd) {
    }
}
