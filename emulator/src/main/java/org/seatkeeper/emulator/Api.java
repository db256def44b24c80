package org.seatkeeper.emulator;

import java.util.Locale;

/** The provider APIs the emulator speaks, each under its own base path. */
public enum Api {
    PARTNER_CENTER("partnercenter", "partnerCenter"),
    GRAPH("graph", "graph"),
    ION("ion", "ion"),
    PAX8("pax8", "pax8"),
    CONNECTWISE("connectwise", "connectWise");

    private final String pathName;
    private final String jsonName;

    Api(String pathName, String jsonName) {
        this.pathName = pathName;
        this.jsonName = jsonName;
    }

    /** The name used in control URLs, e.g. {@code /_emulator/faults/pax8}. */
    public String pathName() {
        return pathName;
    }

    /** The key used in the control JSON, e.g. {@code partnerCenter}. */
    public String jsonName() {
        return jsonName;
    }

    /** Accepts the path name, the JSON name or the enum name, ignoring case. */
    public static Api fromName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (Api api : values()) {
            if (api.pathName.equals(wanted) || api.jsonName.equalsIgnoreCase(wanted)) {
                return api;
            }
        }
        throw new IllegalArgumentException("Unknown API: " + name);
    }

    /** The APIs that own customers and subscriptions (Graph reads tenants, ConnectWise is the PSA). */
    public boolean sellsSubscriptions() {
        return this == PARTNER_CENTER || this == ION || this == PAX8;
    }
}
