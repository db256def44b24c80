package org.seatkeeper.app.mismatch;

import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Finding;
import org.seatkeeper.db.mismatch.SubjectType;

/**
 * A finding as the report, the CSV, the mail and the customer page show it: the numbers side by side, formatted,
 * and a link to the place where it is fixed.
 */
public record FindingRow(long id, String check, String checkKey, String customer, String provider, String subject,
                         String p, String s, String l, String b, String e, String a, String statuses,
                         String direction, String directionKind, String difference, String moneyAtStake,
                         String detail, String firstSeen, boolean fresh, boolean acknowledged, String acknowledgedBy,
                         String acknowledgementNote, String fixHref, String fixLabel, Long customerId) {

    /**
     * The finding's direction for the page's colours: "under" when Seatkeeper bills less than it should (money left on
     * the table), "over" when it bills more than it should, "" for a data finding.
     */
    public String directionClass() {
        return switch (directionKind) {
            case "warn" -> "under";
            case "bad" -> "over";
            default -> "";
        };
    }

    /** An arrow beside the difference: up when Seatkeeper should bill more, down when it bills too much. */
    public String directionArrow() {
        return switch (directionClass()) {
            case "under" -> "\u25B2";
            case "over" -> "\u25BC";
            default -> "";
        };
    }

    public static FindingRow of(Finding f, java.time.LocalDate newSince) {
        String statuses = f.providerStatus() == null && f.seatkeeperStatus() == null ? ""
                : (f.providerStatus() == null ? "-" : f.providerStatus()) + " / "
                + (f.seatkeeperStatus() == null ? "-" : f.seatkeeperStatus().toLowerCase(java.util.Locale.ROOT));
        String[] fix = fixLink(f);
        return new FindingRow(f.id(), CheckTexts.label(f.check()), f.check().name(),
                f.customerName() == null ? "(no customer)" : f.customerName(),
                f.providerName() == null ? "" : f.providerName(), f.subjectName() == null ? "" : f.subjectName(),
                Amounts.number(f.providerQuantity()), Amounts.number(f.seatkeeperQuantity()),
                Amounts.number(f.logQuantity()), Amounts.number(f.billedQuantity()), Amounts.number(f.enabledUnits()),
                Amounts.number(f.assignedUnits()), statuses, CheckTexts.label(f.direction()),
                switch (f.direction()) {
                    case UNDER_BILLING -> "warn";
                    case OVER_BILLING -> "bad";
                    case DATA -> "info";
                },
                f.difference() == null ? "" : (f.difference() > 0 ? "+" : "") + f.difference(),
                Amounts.money(f.moneyAtStake(), f.currency()), f.detail() == null ? "" : f.detail().trim(),
                f.firstSeenOn().toString(), newSince != null && !f.firstSeenOn().isBefore(newSince), f.acknowledged(),
                f.acknowledgedBy() == null ? "" : f.acknowledgedBy(),
                f.acknowledgementNote() == null ? "" : f.acknowledgementNote(), fix[0], fix[1], f.customerId());
    }

    /** Where a person fixes it: the mapping, the product's price, the log's correction form, or the subscription. */
    private static String[] fixLink(Finding f) {
        if (f.check() == CheckKind.UNREADABLE && f.subjectType() == SubjectType.PROVIDER_ACCOUNT
                && f.providerAccountId() != null) {
            return new String[] {"/provider-accounts/" + f.providerAccountId(), "Open the account"};
        }
        if (f.subjectType() == SubjectType.PROVIDER_ACCOUNT && f.providerAccountId() != null) {
            return new String[] {"/provider-accounts/" + f.providerAccountId(), "Map the account"};
        }
        if (f.check() == CheckKind.MISSING_DATA && f.productId() != null && f.detail() != null
                && f.detail().contains("no price")) {
            return new String[] {"/products/" + f.productId(), "Enter the list price or cost"};
        }
        if (f.check() == CheckKind.LOG_INTEGRITY && f.subscriptionId() != null) {
            return new String[] {"/subscriptions/" + f.subscriptionId() + "#correction", "Correct the log"};
        }
        if (f.check() == CheckKind.UNMAPPED && f.providerAccountId() != null && f.detail() != null
                && f.detail().contains("provider account")) {
            return new String[] {"/provider-accounts/" + f.providerAccountId(), "Fix the mapping"};
        }
        if (f.subscriptionId() != null) {
            return new String[] {"/subscriptions/" + f.subscriptionId(), "Open the subscription"};
        }
        if (f.check() == CheckKind.PSA_VS_SEATKEEPER && f.customerId() != null) {
            return new String[] {"/customers/" + f.customerId() + "/licenses/psa-sync", "Open the PSA sync"};
        }
        if (f.subjectType() == SubjectType.CUSTOMER_SKU && f.customerId() != null) {
            return new String[] {"/customers/" + f.customerId() + "/licenses", "Open the licenses"};
        }
        return new String[] {"", ""};
    }
}
