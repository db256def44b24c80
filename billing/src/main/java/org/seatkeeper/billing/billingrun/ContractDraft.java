package org.seatkeeper.billing.billingrun;

import java.util.Objects;
import org.seatkeeper.db.invoices.ContractToBill;

/**
 * A contract's draft for a run; {@code aheadAlreadyCharged}: an invoice of this run period was finalized before, so
 * this draft only holds what was logged since (and finalizing it does not charge the period ahead again).
 */
public record ContractDraft(ContractToBill contract, DraftInvoice draft, boolean aheadAlreadyCharged) {

    public ContractDraft {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(draft, "draft");
    }
}
