package org.seatkeeper.app.customers;

/**
 * What another feature does once a customer's contact is saved and committed (the PSA's contact sync writes it to
 * ConnectWise). Returns a sentence for the person, empty when it did nothing; it must not throw.
 */
@FunctionalInterface
public interface ContactSaved {

    ContactSaved NOTHING = customerId -> new Result("", false);

    Result afterSave(long customerId);

    /** @param problem the person should look: the flash is a warning */
    record Result(String sentence, boolean problem) {
    }
}
