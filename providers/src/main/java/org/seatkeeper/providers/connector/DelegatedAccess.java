package org.seatkeeper.providers.connector;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.seatkeeper.providers.graph.GraphClient;
import org.seatkeeper.providers.graph.GraphDelegation;
import org.seatkeeper.providers.graph.GraphSettings;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderTransport;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.partnercenter.PartnerCenterClient;
import org.seatkeeper.providers.partnercenter.PartnerCenterSettings;
import org.seatkeeper.providers.partnercenter.SubscribedSku;

/**
 * A partner tenant's delegated admin access (GDAP) to its customers' tenants, through a Partner Center provider's app
 * and refresh token: the licences of a tenant, counted by Partner Center's subscribedskus when the tenant is that
 * partner's customer, and by Graph otherwise, with Graph's users for who holds each. A reseller with several partner
 * tenants has one per Partner Center provider. Thread-safe.
 */
public final class DelegatedAccess {

    private static final String MICROSOFT_PARTNER_CENTER = "api.partnercenter.microsoft.com";

    private final PartnerCenterClient partnerCenter;
    private final GraphClient graph;

    private DelegatedAccess(PartnerCenterClient partnerCenter, GraphClient graph) {
        this.partnerCenter = partnerCenter;
        this.graph = graph;
    }

    /**
     * @param settings a Partner Center provider's settings (its base and token URIs, app and refresh token); Graph is
     *                 Microsoft's when Partner Center is, else the same host's {@code /graph/v1.0/} (an emulator or a
     *                 sandbox serves it beside Partner Center)
     * @param store    where the partner's rotating refresh token lives
     */
    public static DelegatedAccess of(ConnectorSettings settings, RefreshTokenStore store) {
        if (settings.kind() != ProviderKind.PARTNER_CENTER) {
            throw new IllegalArgumentException("Delegated access goes through a Partner Center provider, not " + settings.kind() + ".");
        }
        ProviderTransport transport = ProviderTransport.create(settings.transport().connectTimeout(), settings.clock());
        URI tokenUri = settings.resolvedTokenUri();
        PartnerCenterSettings pc = new PartnerCenterSettings(settings.baseUri(), tokenUri, settings.credential("clientId"),
                settings.credential("clientSecret"), settings.credential("refreshToken"), settings.transport(),
                Duration.ofSeconds(2), 30);
        RefreshTokenStore tokens = store != null ? store : RefreshTokenStore.inMemory(settings.credential("refreshToken"));
        GraphDelegation delegation = new GraphDelegation(graphBase(settings.baseUri()), loginAuthority(tokenUri),
                pc.clientId(), pc.clientSecret(), tokens, settings.transport());
        return new DelegatedAccess(new PartnerCenterClient(pc, transport, tokens), GraphClient.delegated(delegation, transport));
    }

    /**
     * The tenant's licences.
     *
     * @param partnerCenterCustomerId the tenant's customer id at this partner's Partner Center, or null when it is not
     *                                the partner's direct customer (bought through a distributor): Graph counts then
     */
    public List<TenantLicence> licences(String tenantId, String partnerCenterCustomerId) {
        List<Parsed<SubscribedSku>> partnerSkus = partnerCenterCustomerId == null ? List.of()
                : partnerCenter.subscribedSkus(partnerCenterCustomerId);
        return TenantLicenceMapping.merge(graph.subscribedSkus(tenantId), partnerSkus, graph.users(tenantId));
    }

    static URI graphBase(URI partnerCenterBase) {
        if (partnerCenterBase == null || MICROSOFT_PARTNER_CENTER.equalsIgnoreCase(partnerCenterBase.getHost())) {
            return GraphSettings.DEFAULT_BASE;
        }
        return partnerCenterBase.resolve("/graph/v1.0/");
    }

    /** {@code https://login.microsoftonline.com/{tenant}/oauth2/token} gives {@code https://login.microsoftonline.com/}. */
    static URI loginAuthority(URI tokenUri) {
        String path = tokenUri.getPath();
        int oauth = path.indexOf("/oauth2/");
        int tenantStart = oauth <= 0 ? -1 : path.lastIndexOf('/', oauth - 1);
        return tenantStart < 0 ? tokenUri.resolve("/") : tokenUri.resolve(path.substring(0, tenantStart + 1));
    }
}
