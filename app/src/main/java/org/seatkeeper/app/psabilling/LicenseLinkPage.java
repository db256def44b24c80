package org.seatkeeper.app.psabilling;

import java.util.List;

/**
 * The license link form, and the addition it would write once previewed.
 *
 * @param noCompany   the customer has no ConnectWise company: the page says to link it first
 * @param preview     the addition exactly as the PSA sync will write it, field by field; empty before "Preview"
 * @param fingerprint what was previewed: "Save" saves only what the person saw
 * @param notice      why the page asks to look at the preview again, empty otherwise
 * @param remove      where "Remove" asks before removing an existing link; empty for a new one
 */
public record LicenseLinkPage(long customerId, String customerName, String licenseName, String counts, String action,
                              String back, boolean noCompany, List<Option> profiles, List<Option> agreements,
                              List<Option> sources, List<Field> preview, String fingerprint, String notice,
                              String remove) {

    public record Option(String value, String label) {
    }

    /** @param multiline shown as preformatted text (the invoice description keeps its line breaks) */
    public record Field(String label, String value, boolean multiline) {
    }
}
