package org.seatkeeper.app.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.seatkeeper.billing.billingrun.BillingPreview;
import org.seatkeeper.billing.billingrun.BillingWarning;
import org.seatkeeper.billing.billingrun.ContractDraft;
import org.seatkeeper.db.catalog.Money;

/**
 * The morning report's "coming billing run": the preview of the month after the report's date, computed when the
 * report is built, after the night's syncs and reconciliation (never a finalize). Runs in the caller's transaction.
 */
public final class ComingRunPreview {

    /** Warnings listed in the report; the billing run page has them all. */
    static final int MAX_WARNINGS = 20;

    private final BillingPreview preview;

    public ComingRunPreview(BillingPreview preview) {
        this.preview = preview;
    }

    /** Null when no contract has a run starting in the coming month. */
    MorningReport.ComingRun of(LocalDate date) {
        YearMonth month = YearMonth.from(date).plusMonths(1);
        List<ContractDraft> drafts = preview.preview(month, null).stream().filter(d -> !d.draft().isEmpty())
                .toList();
        if (drafts.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        int warningCount = 0;
        for (ContractDraft draft : drafts) {
            draft.draft().totals().forEach((currency, amount) -> totals.merge(currency.getCurrencyCode(), amount,
                    BigDecimal::add));
            for (BillingWarning warning : draft.draft().warnings()) {
                warningCount++;
                if (warnings.size() < MAX_WARNINGS) {
                    warnings.add(draft.contract().customerName() + ": " + warning.message());
                }
            }
        }
        if (warningCount > warnings.size()) {
            warnings.add((warningCount - warnings.size()) + " more on the billing run page.");
        }
        return new MorningReport.ComingRun("Billing run of " + month + " (preview): " + drafts.size()
                + (drafts.size() == 1 ? " draft, " : " drafts, ") + warningCount
                + (warningCount == 1 ? " warning" : " warnings"),
                totals.entrySet().stream().map(t -> new Money(t.getValue(), t.getKey()).toString()).toList(),
                drafts.size(), warnings, "/billing-run?month=" + month);
    }
}
