package org.seatkeeper.emulator;

import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ProviderEndpoint;
import org.seatkeeper.emulator.ion.IonTokens;

import java.time.Clock;
import java.util.List;

/** Wires the APIs other than Partner Center. */
final class ApiModules {

    private ApiModules() {
    }

    static void addOthers(List<ProviderEndpoint> endpoints, World world, DemoCredentials credentials, IonTokens ionTokens, Clock clock) {
        // Graph, Ion, Pax8 and ConnectWise are added here as they are built.
    }
}
