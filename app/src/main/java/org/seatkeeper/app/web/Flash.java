package org.seatkeeper.app.web;

/** A one-time message shown at the top of the next page: kind is info, success, warning or error. */
public record Flash(String kind, String message) {
    public static Flash success(String message) {
        return new Flash("success", message);
    }

    public static Flash info(String message) {
        return new Flash("info", message);
    }

    public static Flash error(String message) {
        return new Flash("error", message);
    }

    public static Flash warning(String message) {
        return new Flash("warning", message);
    }
}
