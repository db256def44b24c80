package org.seatkeeper.emulator.faults;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The fault state of every API. */
public final class Faults {

    private final Map<Api, FaultState> states = new EnumMap<>(Api.class);

    public Faults(EmulatorSettings settings, Clock clock) {
        for (Api api : Api.values()) {
            states.put(api, new FaultState(settings.faultsFor(api), clock, settings.seed() * 31 + api.ordinal()));
        }
    }

    public FaultState of(Api api) {
        return states.get(api);
    }
}
