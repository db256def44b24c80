package org.seatkeeper.batch.jobs;

import org.seatkeeper.providers.http.ProviderException;

/** The sentence to show a person for a failure: a provider error's own message, else the innermost cause's. */
public final class ReadableMessages {

    private ReadableMessages() {
    }

    public static String of(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProviderException) {
                return t.getMessage();
            }
            innermost = t;
            if (t.getCause() == t) {
                break;
            }
        }
        String message = innermost.getMessage();
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message;
    }
}
