package org.seatkeeper.providers.connector;

/** A provider that creates customer tenants through its API. See {@link ProviderConnector#tenantCreation()}. */
public interface TenantCreation {

    /** @param requestId idempotency key kept by the caller: the same value on a retry returns the same tenant */
    CreatedTenant createTenant(NewTenantRequest request, String requestId);
}
