package org.seatkeeper.db.accounts;

/** A mapping the domain rules forbid; the message says why and what to do, for the person who tried it. */
public final class MappingRuleException extends RuntimeException {

    public MappingRuleException(String message) {
        super(message);
    }
}
