package org.seatkeeper.app.agreements;

/** One line of the agreement templates page. */
public record AgreementTemplateRow(long id, String name, String type, String link, boolean hasText, String status,
                                   String statusKind, boolean builtIn, boolean retired, int version) {
}
