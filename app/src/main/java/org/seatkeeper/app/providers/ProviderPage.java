package org.seatkeeper.app.providers;

import java.util.List;
import org.seatkeeper.app.jobs.JobRow;

/**
 * The provider page. @param syncable automatic and enabled: "Sync provider accounts" is offered
 * @param refreshSeconds 2 while one of its syncs runs, else 0
 * @param pricing how its subscriptions are priced (its price rule and fixed prices), in a line
 * @param credentialsAdvice what to do when the provider refused the credentials, else empty
 * @param credentialsRefusal the provider's own words for the refusal, else empty
 */
public record ProviderPage(long id, String name, boolean enabled, boolean automatic, boolean syncable, int version,
                           List<Fact> facts, List<JobRow> syncs, int refreshSeconds, String pricing,
                           String credentialsAdvice, String credentialsRefusal) {

    public record Fact(String label, String value) {
    }
}
