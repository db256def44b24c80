package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.CloudProfileShape;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer tenant as one provider knows it. Mutable state is guarded by the {@link World} lock.
 *
 * @see World#read
 */
public final class Tenant implements java.io.Serializable {

    private final Api provider;
    private final String customerId;
    private final UUID tenantId;
    private final TenantProfile profile;
    private final Instant createdAt;
    private final int unlicensedUsers;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean customer;
    private CloudProfileShape cloudProfiles;
    private Boolean provisioningDetails;
    private boolean delegatedAccess = true;

    public Tenant(Api provider, String customerId, UUID tenantId, TenantProfile profile, Instant createdAt,
                  int unlicensedUsers, boolean customer) {
        this.provider = provider;
        this.customerId = customerId;
        this.tenantId = tenantId;
        this.profile = profile;
        this.createdAt = createdAt;
        this.unlicensedUsers = unlicensedUsers;
        this.customer = customer;
    }

    public Api provider() {
        return provider;
    }

    /** The id the provider uses: the tenant id (Partner Center), a number (Ion) or a UUID (Pax8). */
    public String customerId() {
        return customerId;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public TenantProfile profile() {
        return profile;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Users in the tenant without any licence (Graph users list). */
    public int unlicensedUsers() {
        return unlicensedUsers;
    }

    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    /** False for a prospect: a Microsoft tenant that is not (yet) our customer. */
    public boolean isCustomer() {
        return customer;
    }

    /** Set by the control API, else null (the shape the customer id gives). */
    public CloudProfileShape cloudProfiles() {
        return cloudProfiles;
    }

    /** Set by the control API, else null (whether the tenant id gives them). */
    public Boolean provisioningDetails() {
        return provisioningDetails;
    }

    void setCloudProfiles(CloudProfileShape shape) {
        cloudProfiles = shape;
    }

    void setProvisioningDetails(Boolean shown) {
        provisioningDetails = shown;
    }

    /** Whether the partner's delegated admin access (GDAP) reaches this tenant; the control API can end it. */
    public boolean delegatedAccess() {
        return delegatedAccess;
    }

    void setDelegatedAccess(boolean granted) {
        delegatedAccess = granted;
    }

    void becomeCustomer() {
        customer = true;
    }

    public Subscription subscription(String id) {
        for (Subscription s : subscriptions) {
            if (s.matches(id)) {
                return s;
            }
        }
        return null;
    }
}
