package org.seatkeeper.providers.connectwise;

import org.seatkeeper.providers.connector.ConnectionCheck;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderException;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.http.ProviderThrottledException;
import org.seatkeeper.providers.http.ProviderUnavailableException;

/**
 * "Test connection" of the PSA settings: finds the company's codebase, then counts companies and agreements (the
 * reads the PSA data refresh needs), and says in plain words which part failed: the site, the company id, the keys or
 * client id, or a permission of the API member. Never throws.
 */
public final class ConnectWiseCheck {

    private ConnectWiseCheck() {
    }

    public static ConnectionCheck run(ConnectWiseClient client, ConnectWiseSettings settings) {
        String site = settings.siteUri().getHost() == null ? settings.siteUri().toString() : settings.siteUri().getHost();
        try {
            String codebase = client.codebase();
            long companies = client.count(CwList.COMPANIES, null);
            long agreements = client.count(CwList.AGREEMENTS, null);
            return new ConnectionCheck(true, "Connected to ConnectWise at " + site + " as company " + settings.companyId()
                    + " (codebase " + codebase + "): " + companies + " companies, " + agreements + " agreements.");
        } catch (ProviderRejectedException e) {
            if ("UnknownCompany".equals(e.providerCode())) {
                return new ConnectionCheck(false, "Wrong company: ConnectWise at " + site + " does not know the company id \""
                        + settings.companyId() + "\". Enter the company id you type when you sign in to ConnectWise.");
            }
            if (e.status() == 403) {
                return new ConnectionCheck(false, "The API member may not read this: " + e.getMessage() + " Give its "
                        + "security role Inquire on Company Maintenance, Finance Agreements and Procurement Catalog.");
            }
            return new ConnectionCheck(false, "ConnectWise refused the request: " + e.getMessage());
        } catch (ProviderAuthException e) {
            return new ConnectionCheck(false, "Bad keys: " + e.getMessage());
        } catch (ProviderUnavailableException e) {
            return new ConnectionCheck(false, "Site down or wrong address: cannot reach ConnectWise at " + site + ". "
                    + e.getMessage());
        } catch (ProviderThrottledException e) {
            return new ConnectionCheck(false, "ConnectWise is busy: " + e.getMessage());
        } catch (ProviderException e) {
            return new ConnectionCheck(false, "The site at " + site + " did not answer as ConnectWise does: " + e.getMessage()
                    + " Check the site address.");
        } catch (RuntimeException e) {
            return new ConnectionCheck(false, "ConnectWise at " + site + " could not be reached ("
                    + e.getClass().getSimpleName() + "). Check the site address and the network.");
        }
    }
}
