package org.seatkeeper.providers.connector;

import org.seatkeeper.providers.http.ProviderException;

/** Runs a probe and says in plain words what happened; never throws. */
final class ConnectionChecks {

    private ConnectionChecks() {
    }

    static ConnectionCheck run(String provider, String success, Runnable probe) {
        try {
            probe.run();
            return new ConnectionCheck(true, success);
        } catch (ProviderException e) {
            return new ConnectionCheck(false, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new ConnectionCheck(false, e.getMessage());
        } catch (RuntimeException e) {
            return new ConnectionCheck(false, provider + " could not be reached (" + e.getClass().getSimpleName()
                    + "). Check the base URL and the network.");
        }
    }
}
