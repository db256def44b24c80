package org.seatkeeper.emulator;

import java.util.List;

/** One customer as a provider lists it. @param subscriptionIds the provider's own ids of what it reports */
public record AccountView(Api provider, String customerId, String companyName, String domain, String tenantId,
                          String country, List<String> subscriptionIds) {

    public AccountView {
        subscriptionIds = List.copyOf(subscriptionIds);
    }
}
