package org.seatkeeper.app.providers;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.db.providers.CredentialsProblem;
import org.seatkeeper.providers.connector.ProviderKind;

/** What a person must do about a provider that refused Seatkeeper's credentials, in words (provider page, morning report). */
public final class CredentialsAdvice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private CredentialsAdvice() {
    }

    public static String whatToDo(CredentialsProblem problem) {
        String steps = ProviderKind.ION.name().equals(problem.providerKind())
                ? "A StreamOne Ion refresh token works only once, so the stored one cannot be used again. In the Ion "
                  + "portal open Settings, Users, edit the API user, OAuth credentials, and press Request New "
                  + "Credentials; then press Edit on this provider in Seatkeeper, paste the new refresh token and save."
                : "Check the credentials with the provider, then press Edit on this provider in Seatkeeper and save "
                  + "them again.";
        return problem.providerName() + " refused Seatkeeper's credentials on " + TIME.format(problem.refusedAt())
                + ": nothing is synced from it until new credentials are saved. " + steps;
    }

    /** The provider's own words, for the detail line under the advice. */
    public static String reason(CredentialsProblem problem) {
        return problem.reason();
    }
}
