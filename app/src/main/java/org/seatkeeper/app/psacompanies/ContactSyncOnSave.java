package org.seatkeeper.app.psacompanies;

import org.seatkeeper.app.customers.ContactSaved;
import org.seatkeeper.batch.psa.ContactSync;

/** A saved contact of a customer with contact sync on is written to ConnectWise at once. */
final class ContactSyncOnSave implements ContactSaved {

    private final ContactSync sync;

    ContactSyncOnSave(ContactSync sync) {
        this.sync = sync;
    }

    @Override
    public Result afterSave(long customerId) {
        ContactSync.Outcome outcome = sync.syncCustomer(customerId);
        return new Result(describe(outcome), outcome.problem() != null);
    }

    /** " ConnectWise contacts: 1 created, 2 updated." or why they could not be written; empty when sync is off. */
    static String describe(ContactSync.Outcome outcome) {
        if (!outcome.on()) {
            return "";
        }
        if (outcome.problem() != null) {
            return " The contacts could not be written to ConnectWise: " + outcome.problem()
                    + " They are written again at the next save or PSA sync.";
        }
        if (!outcome.wrote()) {
            return " ConnectWise contacts were already up to date.";
        }
        return " ConnectWise contacts: " + outcome.created() + " created, " + outcome.updated() + " updated.";
    }
}
