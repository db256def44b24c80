package org.seatkeeper.app.subscriptions;

import java.util.List;

/**
 * Replacing a manual subscription with the automatic one: the candidates (the suggested one first), then the preview
 * of every change, or the refusal with what to do instead.
 */
public record ReplacementPage(long manualId, String manualName, String customerName, List<Candidate> candidates,
                              Long automaticId, List<String> steps, String refusal, boolean invoiceDeactivation,
                              String productWarning) {

    public record Candidate(long id, String label, boolean suggested) {
    }

    /** The select's options: the suggested candidate says so. */
    public List<java.util.Map<String, String>> options() {
        return candidates.stream().map(c -> java.util.Map.of("value", String.valueOf(c.id()),
                "label", c.label() + (c.suggested() ? " — suggested: same product" : ""))).toList();
    }
}
