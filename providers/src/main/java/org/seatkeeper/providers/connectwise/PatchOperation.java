package org.seatkeeper.providers.connectwise;

/** One element of a ConnectWise PATCH body: {op:"replace", path, value}. */
public record PatchOperation(String op, String path, Object value) {

    public static PatchOperation replace(String path, Object value) {
        return new PatchOperation("replace", path, value);
    }
}
