package org.seatkeeper.app.psasync;

/** Why a take-over, cut-over or removal cannot be done now, in words for the page it came from. */
final class ActionRefused extends RuntimeException {

    ActionRefused(String message) {
        super(message);
    }
}
