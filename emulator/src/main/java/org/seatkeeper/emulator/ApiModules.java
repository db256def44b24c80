package org.seatkeeper.emulator;

import org.seatkeeper.emulator.connectwise.ConnectWiseEndpoint;
import org.seatkeeper.emulator.connectwise.ConnectWisePsa;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.graph.DelegatedGrants;
import org.seatkeeper.emulator.graph.GraphEndpoint;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.seatkeeper.emulator.http.TokenIssuer;
import org.seatkeeper.emulator.ion.IonEndpoint;
import org.seatkeeper.emulator.ion.IonTokens;
import org.seatkeeper.emulator.partnercenter.PartnerCenterState;
import org.seatkeeper.emulator.pax8.Pax8Endpoint;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Wires the APIs other than Partner Center. */
final class ApiModules {

    private ApiModules() {
    }

    static void addOthers(List<ProviderEndpoint> endpoints, World world, DemoCredentials credentials, IonTokens ionTokens,
                          PartnerCenterState partnerCenter, ConnectWisePsa psa, Clock clock) {
        TokenIssuer graphTokens = new TokenIssuer("graph_", Duration.ofHours(1), clock);
        endpoints.add(new GraphEndpoint(world, credentials.graph(),
                new DelegatedGrants(credentials.partnerCenter(), partnerCenter, graphTokens), graphTokens));
        endpoints.add(new IonEndpoint(world, ionTokens));
        endpoints.add(new Pax8Endpoint(world, credentials.pax8(), new TokenIssuer("pax8_", Duration.ofHours(24), clock)));
        endpoints.add(new ConnectWiseEndpoint(credentials.connectWise(), psa));
    }
}
