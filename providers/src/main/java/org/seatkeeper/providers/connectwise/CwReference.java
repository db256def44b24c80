package org.seatkeeper.providers.connectwise;

/** The {id, identifier, name} shape ConnectWise uses for links to other records. */
public record CwReference(Long id, String identifier, String name) {

    public static CwReference id(long id) {
        return new CwReference(id, null, null);
    }
}
