package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Unreadable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One subscription of a tenant. Mutable state is guarded by the {@link World} lock. */
public final class Subscription implements java.io.Serializable {

    /** Days after purchase or renewal in which NCE seats can be reduced. */
    public static final int CANCELLATION_WINDOW_DAYS = 7;

    private final Tenant tenant;
    private final UUID id;
    private final long line;
    private final Instant purchasedAt;
    private Offer offer;
    private BillingCycle billingCycle;
    private String statusText;
    private Price priceOverride;
    private Unreadable unreadable;
    private int quantity;
    private int assigned;
    private Integer pendingQuantity;
    private SubscriptionStatus status;
    private LocalDate termStart;
    private boolean autoRenew;
    private Instant updatedAt;
    private int version;

    public Subscription(Tenant tenant, UUID id, long line, Offer offer, Instant purchasedAt, int quantity, int assigned,
                        SubscriptionStatus status, LocalDate termStart, boolean autoRenew) {
        this.tenant = tenant;
        this.id = id;
        this.line = line;
        this.offer = offer;
        this.purchasedAt = purchasedAt;
        this.quantity = quantity;
        this.assigned = assigned;
        this.status = status;
        this.termStart = termStart;
        this.autoRenew = autoRenew;
        this.updatedAt = purchasedAt;
        this.billingCycle = offer.defaultBillingCycle();
    }

    public Tenant tenant() {
        return tenant;
    }

    /** The Microsoft subscription id (Partner Center id, Ion subscriptionId, Pax8 vendorSubscriptionId). */
    public UUID id() {
        return id;
    }

    /** A sequential line number: Ion's internal {@code id}. */
    public long line() {
        return line;
    }

    /** Pax8's own subscription id, derived so it needs no storage. */
    public UUID pax8Id() {
        return Ids.derived(id, 0x5A58L);
    }

    /** The id this subscription has in its provider's API. */
    public String providerId() {
        return switch (tenant.provider()) {
            case ION -> Long.toString(line);
            case PAX8 -> pax8Id().toString();
            default -> id.toString();
        };
    }

    /** True when the text is any id this subscription is known by. */
    public boolean matches(String text) {
        return text.equalsIgnoreCase(id.toString()) || text.equals(Long.toString(line)) || text.equalsIgnoreCase(pax8Id().toString());
    }

    public Offer offer() {
        return offer;
    }

    public BillingCycle billingCycle() {
        return billingCycle;
    }

    /** The status as its provider spells it when the control API set one, else null (the provider's usual spelling). */
    public String statusText() {
        return statusText;
    }

    /** The price the control API set for this subscription alone, or null (its provider's price book applies). */
    public Price priceOverride() {
        return priceOverride;
    }

    /** How this record is made unreadable in its provider's answer, or null. */
    public Unreadable unreadable() {
        return unreadable;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }

    public int quantity() {
        return quantity;
    }

    public int assigned() {
        return Math.min(assigned, quantity);
    }

    public Integer pendingQuantity() {
        return pendingQuantity;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public LocalDate termStart() {
        return termStart;
    }

    /** Inclusive last day of the current term. */
    public LocalDate commitmentEnd() {
        return offer.term().plus(termStart, 1).minusDays(1);
    }

    public LocalDate cancellationAllowedUntil() {
        return termStart.plusDays(CANCELLATION_WINDOW_DAYS);
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    /** The time of day of the purchase, reused for the other instants so they look like real ones. */
    public Instant at(LocalDate date) {
        return date.atTime(LocalTime.ofInstant(purchasedAt, ZoneOffset.UTC)).toInstant(ZoneOffset.UTC);
    }

    public boolean inCancellationWindow(LocalDate today) {
        return !today.isAfter(cancellationAllowedUntil());
    }

    void setQuantity(int newQuantity, Instant when) {
        quantity = newQuantity;
        pendingQuantity = null;
        touch(when);
    }

    void setPendingQuantity(Integer pending) {
        pendingQuantity = pending;
    }

    void setAssigned(int newAssigned) {
        assigned = newAssigned;
    }

    void setStatus(SubscriptionStatus newStatus, Instant when) {
        setStatus(newStatus, null, when);
    }

    void setStatus(SubscriptionStatus newStatus, String spelling, Instant when) {
        status = newStatus;
        statusText = spelling;
        touch(when);
    }

    void setOffer(Offer newOffer, BillingCycle cycle, Instant when) {
        offer = newOffer;
        billingCycle = cycle;
        touch(when);
    }

    void setPriceOverride(Price price, Instant when) {
        priceOverride = price;
        touch(when);
    }

    void setUnreadable(Unreadable how) {
        unreadable = how;
    }

    /** The provider's last-change stamp, as if the last change had happened then. */
    void setUpdatedAt(Instant when) {
        updatedAt = when;
        version++;
    }

    void setAutoRenew(boolean renew, Instant when) {
        autoRenew = renew;
        touch(when);
    }

    void renew(Instant when) {
        termStart = offer.term().plus(termStart, 1);
        touch(when);
    }

    private void touch(Instant when) {
        updatedAt = when;
        version++;
    }
}
