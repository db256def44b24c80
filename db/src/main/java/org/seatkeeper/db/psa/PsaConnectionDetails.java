package org.seatkeeper.db.psa;

import java.util.Objects;

/** What a person types for the ConnectWise connection, apart from the keys. */
public record PsaConnectionDetails(String siteUrl, String companyId, String clientId, String currency) {

    public PsaConnectionDetails {
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(currency, "currency");
    }
}
