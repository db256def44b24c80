package org.seatkeeper.db.onboarding;

/** How the customer's tenant comes to the provider. */
public enum OnboardingPath {
    /** First registration: Seatkeeper creates the tenant at the provider. */
    NEW_TENANT,
    /** The customer has a tenant: it is invited into a reseller relationship. */
    INVITATION,
    /** The provider cannot create tenants through its API: created in its portal, then synced and mapped. */
    MANUAL
}
