package org.seatkeeper.providers.connector;

/** The new tenant and its first admin. toString never shows the password. */
public record CreatedTenant(String externalId, String tenantId, String domain, String adminUserName,
                            String adminPassword) {

    @Override
    public String toString() {
        return "CreatedTenant[externalId=" + externalId + ", tenantId=" + tenantId + ", domain=" + domain
                + ", adminUserName=" + adminUserName + ", adminPassword=***]";
    }
}
