package org.seatkeeper.app.histories;

import org.seatkeeper.billing.subscriptions.ManualChanges;
import org.seatkeeper.emulator.Unreadable;

/**
 * One thing that happens in a random history: a night of the real jobs, a change at a provider (through the
 * emulator's control API), or a person's change (through the use cases the pages call). Every step is valid in any
 * history: {@code provider} is 0 Partner Center, 1 StreamOne Ion, 2 Pax8; {@code slot} picks one of that provider's
 * subscriptions (modulo how many there are), {@code event} one event of a log (modulo its length). A step that a rule
 * refuses is refused as a person would be, and changes nothing. So any step can be left out of a failing history,
 * which is how it shrinks to the few steps that matter.
 */
sealed interface HistoryStep {

    /** The nightly chain for the next business date: every provider's account sync, the subscription sync, reconciliation. */
    record Night() implements HistoryStep {
        @Override
        public String toString() {
            return "night";
        }
    }

    /** A night whose subscription sync fails after that many requests to one provider, then is restarted. */
    record FailedNight(int provider, int requestsBeforeFailure) implements HistoryStep {
        @Override
        public String toString() {
            return "night where " + Histories.name(provider) + " fails after " + requestsBeforeFailure
                    + " request(s), restarted";
        }
    }

    /** The subscription sync run again by hand for the same business date, then reconciliation again. */
    record SecondSync() implements HistoryStep {
        @Override
        public String toString() {
            return "second sync of the same day";
        }
    }

    record SetQuantity(int provider, int slot, int quantity) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " sets subscription " + slot + " to " + quantity + " seat(s)";
        }
    }

    /** {@code status}: a generic word the emulator spells as the provider does (active, suspended, deleted). */
    record SetStatus(int provider, int slot, String status) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " makes subscription " + slot + " " + status;
        }
    }

    record Disappear(int provider, int slot) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " stops reporting subscription " + slot;
        }
    }

    record Reappear(int provider, int slot) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " reports subscription " + slot + " again";
        }
    }

    record ChangeOffer(int provider, int slot, int offer, int term) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " moves subscription " + slot + " to " + Histories.OFFERS.get(offer)
                    + " " + Histories.TERMS.get(term);
        }
    }

    record ChangePrice(int provider, int slot, int cents) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " prices subscription " + slot + " at " + cents + " cents";
        }
    }

    record MakeUnreadable(int provider, int slot, Unreadable how) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " sends subscription " + slot + " unreadable (" + how + ")";
        }
    }

    record MakeReadable(int provider, int slot) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " sends subscription " + slot + " readable again";
        }
    }

    record AddSubscription(int provider, int offer, int quantity) implements HistoryStep {
        @Override
        public String toString() {
            return Histories.name(provider) + " adds a subscription of " + Histories.OFFERS.get(offer) + " x" + quantity;
        }
    }

    record Unmap(int provider) implements HistoryStep {
        @Override
        public String toString() {
            return "a person unmaps the " + Histories.name(provider) + " account";
        }
    }

    record Remap(int provider) implements HistoryStep {
        @Override
        public String toString() {
            return "a person maps the " + Histories.name(provider) + " account again";
        }
    }

    /** {@code slot} picks one of the customer's subscriptions in Seatkeeper (synced or manual). */
    record Archive(int provider, int slot, int event) implements HistoryStep {
        @Override
        public String toString() {
            return "a person archives event " + event + " of " + Histories.name(provider) + " customer's subscription " + slot;
        }
    }

    record Unarchive(int provider, int slot, int event) implements HistoryStep {
        @Override
        public String toString() {
            return "a person un-archives event " + event + " of " + Histories.name(provider) + " customer's subscription " + slot;
        }
    }

    record MarkInvoiced(int provider, int slot, int event) implements HistoryStep {
        @Override
        public String toString() {
            return "event " + event + " of " + Histories.name(provider) + " customer's subscription " + slot + " is invoiced";
        }
    }

    /** A person's change of the customer's manual subscription, from its page. */
    record ManualChange(int provider, ManualChanges.Action action, int quantity) implements HistoryStep {
        @Override
        public String toString() {
            return "a person changes the " + Histories.name(provider) + " customer's manual subscription: " + action
                    + (action == ManualChanges.Action.QUANTITY ? " " + quantity : "");
        }
    }

    /** A person replaces the customer's manual subscription with the synced subscription {@code slot}. */
    record Replace(int provider, int slot, boolean invoiceDeactivation) implements HistoryStep {
        @Override
        public String toString() {
            return "a person replaces the " + Histories.name(provider) + " customer's manual subscription with synced "
                    + "subscription " + slot + (invoiceDeactivation ? " (deactivation invoiced)" : "");
        }
    }
}
