package org.seatkeeper.emulator;

import java.time.LocalDate;
import java.util.List;

/** Test and demo operations; the same operations are served over HTTP under {@code /_emulator}. */
public interface EmulatorControl {

    void setFaults(Api api, FaultSettings faults);

    /** The next {@code count} API requests (token endpoints excluded) answer that status; 429 carries Retry-After: 1. */
    void failNext(Api api, int count, int httpStatus);

    /** The first N requests succeed, then every request fails with that status until {@link #clearFaults}. */
    void failAfter(Api api, int successfulRequests, int httpStatus);

    void clearFaults(Api api);

    /** A new customer appears in that provider's list; returns its customer id. */
    String addTenant(Api provider, String companyName, String domain, String country);

    /** The customer disappears from the provider's list (relationship ended). */
    void removeTenant(Api provider, String customerId);

    /** A prospect accepts the Partner Center reseller relationship; unknown domains are created. Returns the customer id. */
    String acceptRelationship(String tenantIdOrDomain);

    List<ProspectTenant> prospects();

    /** Moves the emulated day on by one with seeded drift and returns what changed. */
    DriftReport advanceDay();

    LocalDate today();

    void setSubscriptionQuantity(Api provider, String subscriptionId, int quantity);

    void setSubscriptionStatus(Api provider, String subscriptionId, String status);

    /** Partner Center MCA attestations posted for that customer (template ids, in order). */
    List<String> agreementsRecorded(String customerId);

    int requestCount(Api api);

    int throttledCount(Api api);

    /** When on, every Partner Center subscription PATCH answers 202 + Location and applies on the next GET. */
    void setAsyncSubscriptionUpdates(boolean enabled);

    /** Issues a fresh single-use Ion refresh token (the initial one in the credentials can be used once). */
    String issueIonRefreshToken();
}
