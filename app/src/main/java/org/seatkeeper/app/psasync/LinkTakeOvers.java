package org.seatkeeper.app.psasync;

import java.time.LocalDate;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.batch.psasync.AdditionFingerprint;
import org.seatkeeper.batch.psasync.LinkOutcome;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.db.psasync.LinkAdditionState.SyncState;
import org.seatkeeper.providers.connectwise.CwAddition;

/**
 * What a person decides about a link's addition: after a hand edit in ConnectWise, accept ConnectWise's value or
 * write Seatkeeper's (confirmed); at a cut-over from hand-made additions, mark one as the link's or cancel it at the
 * end of its last invoiced period. Each is audited.
 */
final class LinkTakeOvers {

    private final PsaSyncs syncs;
    private final LinkAdditionRepository records;
    private final Transactions transactions;

    LinkTakeOvers(PsaSyncs syncs, LinkAdditionRepository records, Transactions transactions) {
        this.syncs = syncs;
        this.records = records;
        this.transactions = transactions;
    }

    /** ConnectWise's value stands while Seatkeeper's own figure does not change. */
    String acceptPsa(String username, long customerId, long linkId) {
        LinkOutcome outcome = edited(customerId, linkId);
        CwAddition owned = outcome.owned();
        if (owned == null) {
            throw new ActionRefused("The addition is no longer in ConnectWise: write Seatkeeper's instead, or remove the link.");
        }
        LinkAdditionState before = outcome.before();
        transactions.run(() -> {
            records.save(before.withAcceptance(AdditionFingerprint.of(owned), AdditionFingerprint.of(outcome.want().draft()),
                    SyncState.IN_SYNC));
            syncs.record(username, AuditAction.TAKE_OVER, linkId, outcome.label() + ": ConnectWise's addition #" + owned.id()
                    + " accepted as it is (quantity " + owned.quantity().stripTrailingZeros().toPlainString() + ")",
                    AuditState.of("state", before.state().name()), AuditState.of("state", "IN_SYNC", "accepted", "ConnectWise"));
        });
        return "ConnectWise's value is kept; Seatkeeper writes again when its own quantity changes.";
    }

    /** Seatkeeper's value is written by a sync of the link, started now. */
    String writeSeatkeepers(String username, long customerId, long linkId, boolean confirmed) {
        if (!confirmed) {
            throw new ActionRefused("Tick the confirmation: this overwrites what someone changed in ConnectWise.");
        }
        LinkOutcome outcome = edited(customerId, linkId);
        CwAddition owned = outcome.owned();
        LinkAdditionState before = outcome.before();
        transactions.run(() -> {
            LinkAdditionState taken = owned == null
                    ? new LinkAdditionState(before.linkId(), before.tenantLicenseId(), before.profileId(), before.customerId(),
                    before.agreementId(), null, null, null, 0, before.seatkeeperQuantity(), before.purchased(),
                    before.wantedQuantity(), before.effectiveFrom(), SyncState.IN_SYNC, null, before.syncedAt())
                    : before.withAcceptance(AdditionFingerprint.of(owned), null, SyncState.IN_SYNC);
            records.save(taken);
            syncs.record(username, AuditAction.TAKE_OVER, linkId, outcome.label() + ": Seatkeeper's quantity ("
                    + outcome.want().wantedQuantity() + ") to be written over ConnectWise's", AuditState.of("state", before.state().name()),
                    AuditState.of("state", "IN_SYNC", "accepted", "Seatkeeper"));
        });
        var start = syncs.syncLink(linkId, username);
        return "Writing Seatkeeper's quantity (run #" + start.executionId() + ").";
    }

    /** Cut-over: a hand-made addition of the product becomes the link's; the next sync brings it to the link's value. */
    String markAsLinks(String username, long customerId, long linkId, long additionId) {
        LinkOutcome outcome = cutOver(customerId, linkId);
        CwAddition chosen = outcome.handMade().stream().filter(a -> a.id() == additionId).findFirst()
                .orElseThrow(() -> new ActionRefused("Choose one of the hand-made additions listed."));
        LinkAdditionState base = outcome.after();
        transactions.run(() -> {
            records.save(new LinkAdditionState(base.linkId(), base.tenantLicenseId(), base.profileId(), base.customerId(),
                    base.agreementId(), chosen.id(), AdditionFingerprint.of(chosen), null,
                    chosen.quantity() == null ? 0 : chosen.quantity().intValue(), base.seatkeeperQuantity(), base.purchased(),
                    base.wantedQuantity(), null, SyncState.IN_SYNC, null, base.syncedAt()));
            syncs.record(username, AuditAction.CUT_OVER, linkId, outcome.label() + ": hand-made addition #" + chosen.id()
                    + " marked as the link's", null, AuditState.of("additionId", chosen.id()));
        });
        return "Addition #" + chosen.id() + " is the link's now: the next sync brings it to Seatkeeper's quantity.";
    }

    /** Cut-over: the hand-made addition bills until {@code lastDay}; the sync adds Seatkeeper's from the day after. */
    String cancelHandMade(String username, long customerId, long linkId, long additionId, LocalDate lastDay) {
        LinkOutcome outcome = cutOver(customerId, linkId);
        CwAddition chosen = outcome.handMade().stream().filter(a -> a.id() == additionId).findFirst()
                .orElseThrow(() -> new ActionRefused("Choose one of the hand-made additions listed."));
        syncs.client().cancelAddition(chosen.agreementId() != null ? chosen.agreementId() : outcome.after().agreementId(),
                chosen.id(), lastDay);
        transactions.run(() -> {
            records.cutOverFrom(outcome.after(), lastDay.plusDays(1));
            syncs.record(username, AuditAction.CUT_OVER, linkId, outcome.label() + ": hand-made addition #" + chosen.id()
                    + " cancelled dated " + lastDay + "; Seatkeeper's addition starts " + lastDay.plusDays(1), null,
                    AuditState.of("cancelledAddition", chosen.id(), "cancelledDate", lastDay.toString()));
        });
        return "Addition #" + chosen.id() + " ends on " + lastDay + ": the next sync adds Seatkeeper's from " + lastDay.plusDays(1) + ".";
    }

    private LinkOutcome edited(long customerId, long linkId) {
        LinkOutcome outcome = syncs.outcomeOf(customerId, linkId)
                .orElseThrow(() -> HttpProblem.notFound("That license link"));
        if (outcome.after() == null || outcome.after().state() != SyncState.EDITED_IN_PSA || outcome.before() == null) {
            throw new ActionRefused("This link's addition is not edited in ConnectWise (any more): nothing to take over.");
        }
        return outcome;
    }

    private LinkOutcome cutOver(long customerId, long linkId) {
        LinkOutcome outcome = syncs.outcomeOf(customerId, linkId)
                .orElseThrow(() -> HttpProblem.notFound("That license link"));
        if (outcome.after() == null || outcome.after().state() != SyncState.CUT_OVER_NEEDED) {
            throw new ActionRefused("No hand-made addition holds this link back (any more): nothing to cut over.");
        }
        return outcome;
    }
}
