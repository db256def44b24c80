package org.seatkeeper.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Test and demo operations. {@link ProviderEmulator#control()} runs them in the emulator's process;
 * {@link org.seatkeeper.emulator.control.EmulatorControlClient} sends the same operations to {@code /_emulator} over
 * HTTP. Subscription ids are any id the provider knows the subscription by (its own id, or the Microsoft id).
 * Every change moves the subscription's last-change stamp to the emulated now (noon UTC of today), unless
 * {@link #setLastChange} says otherwise afterwards.
 */
public interface EmulatorControl {

    void setFaults(Api api, FaultSettings faults);

    /** The next {@code count} API requests (token endpoints excluded) answer that status; 429 carries Retry-After: 1. */
    void failNext(Api api, int count, int httpStatus);

    /** The first N requests succeed, then every request fails with that status until {@link #clearFaults}. */
    void failAfter(Api api, int successfulRequests, int httpStatus);

    /** Clears the faults above and releases held answers. */
    void clearFaults(Api api);

    /**
     * From now on the API's answers (token requests excluded) are computed as usual but not sent until
     * {@link #releaseAnswers}: a test holds a job inside its read for as long as it needs, instead of hoping a delay
     * is long enough.
     */
    void holdAnswers(Api api);

    /**
     * Waits until at least {@code count} answers of the API are held and returns how many are; after {@code timeout}
     * (a bound for a broken test: it returns as soon as they are held) it returns fewer.
     */
    int awaitHeldAnswers(Api api, int count, java.time.Duration timeout);

    /** Sends the held answers in the order they came and stops holding. */
    void releaseAnswers(Api api);

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

    /**
     * @param status the provider's own spelling (Partner Center {@code suspended}, Ion {@code CANCELLED}, Pax8
     *               {@code PendingCancel}, {@code Trial}, ...), served exactly so; or a generic word ({@code active},
     *               {@code suspended}, {@code deleted}, {@code expired}, {@code pending}) served in the provider's
     *               usual spelling (Pax8 has no suspended status: it is served as {@code PendingCancel})
     */
    void setSubscriptionStatus(Api provider, String subscriptionId, String status);

    /** The customers the provider lists now, in its list order. */
    List<AccountView> accounts(Api provider);

    /** The subscriptions the provider reports for that customer. */
    List<SubscriptionView> subscriptions(Api provider, String customerId);

    /** One subscription, also one the provider stopped reporting ({@code reported} false). */
    SubscriptionView subscription(Api provider, String subscriptionId);

    /** A new subscription of that customer; returns the provider's own id of it. */
    String addSubscription(Api provider, String customerId, NewSubscription subscription);

    /** The provider stops reporting the subscription (nothing else about it changes). */
    void removeSubscription(Api provider, String subscriptionId);

    /** The provider reports the removed subscription again, as it was. */
    void restoreSubscription(Api provider, String subscriptionId);

    /**
     * Re-points the subscription to another offer (product and SKU), term and billing cycle, keeping its ids.
     *
     * @param offer        as in {@link NewSubscription#offer()}; null = the same product
     * @param term         null = the same term
     * @param billingCycle null = the new term's own cycle, or the same when the term stays
     */
    void changeOffer(Api provider, String subscriptionId, String offer, String term, String billingCycle);

    /** This subscription alone is priced so (per license and billing period), whatever its product costs. */
    void setSubscriptionPrice(Api provider, String subscriptionId, BigDecimal listPrice, BigDecimal cost, String currency);

    /** The subscription is priced by its product again. */
    void clearSubscriptionPrice(Api provider, String subscriptionId);

    /**
     * The provider's price of a product on a term and billing cycle in a currency: Partner Center's price sheet, Pax8's
     * product pricing and subscription prices, Ion's subscription lines of that product all follow.
     */
    void setProductPrice(Api provider, String offer, String term, String billingCycle, BigDecimal listPrice,
                         BigDecimal cost, String currency);

    /** The provider's last-change stamp of the subscription (Ion lastUpdatedDate, Pax8 updatedDate). */
    void setLastChange(Api provider, String subscriptionId, Instant when);

    /** The subscription's record becomes unreadable in the provider's answers, the rest of it unchanged. */
    void makeUnreadable(Api provider, String subscriptionId, Unreadable how);

    /** The subscription's record is readable again. */
    void makeReadable(Api provider, String subscriptionId);

    /** How an Ion customer's cloud profiles look from now on (by default its id decides: see the README). */
    void setCloudProfiles(String ionCustomerId, CloudProfileShape shape);

    /** Whether a Pax8 company's subscriptions show its tenant in their provisioning details from now on. */
    void setProvisioningDetails(String pax8CompanyId, boolean shown);

    /** How the provider's answers write instants from now on (every subscription; USUAL again to undo). */
    void setDateStyle(Api provider, DateStyle style);

    /** Partner Center MCA attestations posted for that customer (template ids, in order). */
    List<String> agreementsRecorded(String customerId);

    int requestCount(Api api);

    int throttledCount(Api api);

    /** When on, every Partner Center subscription PATCH answers 202 + Location and applies on the next GET. */
    void setAsyncSubscriptionUpdates(boolean enabled);

    /** Issues a fresh single-use Ion refresh token (the initial one in the credentials can be used once). */
    String issueIonRefreshToken();

    /**
     * The tenant's users hold this many seats of the SKU from now on (spread over its active subscriptions), as when
     * an administrator assigns or removes licences: Graph's consumedUnits and users, and Partner Center's
     * subscribedskus follow.
     *
     * @param sku the skuPartNumber (e.g. {@code SPB}) or the Graph skuId
     * @throws IllegalArgumentException when the tenant has fewer active seats of the SKU, or none
     */
    void setAssignedLicences(String tenantId, String sku, int assigned);

    /** Whether the partner's delegated admin access (GDAP) reaches the tenant: Graph tokens and subscribedskus. */
    void setDelegatedAccess(String tenantId, boolean granted);

    /** The emulated ConnectWise's agreements of a company (0: of every company). */
    List<PsaAgreementView> psaAgreements(long companyId);

    /** Every addition of a ConnectWise agreement, cancelled ones too. */
    List<PsaAdditionView> psaAdditions(long agreementId);

    /** A person edits an addition in ConnectWise by hand (recorded as updated by {@code jsmith}). */
    void editPsaAddition(long agreementId, long additionId, PsaAdditionEdit edit);

    /** A person adds an agreement in ConnectWise; returns its id. @param type an agreement type's name */
    long addPsaAgreement(long companyId, String name, String type, String status, boolean prorate);

    /** @param status {@code Active}, {@code Cancelled}, {@code Expired} or {@code Inactive} */
    void setPsaAgreementStatus(long agreementId, String status);

    /** The ConnectWise contacts of a company. */
    List<PsaContactView> psaContacts(long companyId);
}
