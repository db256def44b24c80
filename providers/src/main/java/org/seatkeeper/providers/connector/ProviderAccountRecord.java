package org.seatkeeper.providers.connector;

import java.util.Objects;

/** A customer tenant as one provider sees it. @param address nullable */
public record ProviderAccountRecord(String externalId, String tenantId, String domain, String companyName,
                                    String country, RelationshipStatus relationship, PostalAddress address) {

    public ProviderAccountRecord {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(relationship, "relationship");
    }
}
