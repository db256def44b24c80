package org.seatkeeper.batch.psasync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.seatkeeper.batch.psa.AdditionDrafts;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.db.psasync.LinkAdditionState.SyncState;
import org.seatkeeper.providers.connectwise.CwAddition;
import org.seatkeeper.providers.connectwise.PatchOperation;

/**
 * Decides, for one agreement, what the PSA sync writes: per link, its wanted addition against the addition it owns
 * (by the stored id) and the agreement's live additions as ConnectWise lists them now. Pure; the rules:
 * <ul>
 * <li>only a difference is written: an addition that bills what the draft bills is left alone;</li>
 * <li>a quantity or price change on a prorating agreement cancels the old addition dated the day before and adds the
 *     new one from the day (the new one first, so a crash between leaves the old one billing, not nothing); otherwise
 *     (and for an invoice description alone) the addition is changed in place;</li>
 * <li>an owned addition that differs from what Seatkeeper last wrote was edited by hand: reported, never overwritten
 *     (unless it already bills what Seatkeeper wants: then a write of ours was cut off before it was recorded);</li>
 * <li>a write whose record was lost (a crash) is found by the marker in its description and adopted, never repeated;</li>
 * <li>a removed link's addition is cancelled; a link moved to another agreement cancels the old one;</li>
 * <li>a hand-made live addition of the same product (no marker) holds a new link back until a person cuts over.</li>
 * </ul>
 */
public final class SyncPlanner {

    static final String ANY_MARKER = "[Seatkeeper license ";

    private SyncPlanner() {
    }

    /** One agreement's inputs. {@code live}: its additions without a cancelledDate, as ConnectWise lists them now. */
    public record AgreementInput(long agreementId, boolean prorate, LocalDate today, List<LinkWant> wants,
                                 Map<Long, LinkAdditionState> states, List<LinkAdditionState> removed, List<CwAddition> live,
                                 Instant now) {
    }

    public static List<LinkOutcome> plan(AgreementInput in) {
        List<LinkOutcome> out = new ArrayList<>();
        List<CwAddition> live = in.live().stream().filter(a -> a.id() != null && a.cancelledDate() == null).toList();
        for (LinkWant want : in.wants()) {
            out.add(planLink(in, want, in.states().get(want.linkId()), live));
        }
        for (LinkAdditionState gone : in.removed()) {
            out.add(planRemoved(in, gone, live));
        }
        return out;
    }

    private static LinkOutcome planLink(AgreementInput in, LinkWant want, LinkAdditionState state, List<CwAddition> live) {
        String wanted = AdditionFingerprint.of(want.draft());
        String marker = AdditionDrafts.marker(want.tenantLicenseId(), want.profileId());
        List<CwAddition> marked = live.stream().filter(a -> has(a, marker)).toList();
        List<PsaWrite> writes = new ArrayList<>();
        boolean moved = state != null && state.agreementId() != in.agreementId();
        if (moved && state.additionId() != null) {
            // the link moved to this agreement: its old addition ends
            writes.add(new PsaWrite.Cancel(state.agreementId(), state.additionId(), in.today().minusDays(1),
                    "the link moved to agreement #" + in.agreementId()));
        }
        LinkAdditionState here = moved ? null : state;
        CwAddition owned = here == null || here.additionId() == null ? null
                : live.stream().filter(a -> a.id().equals(here.additionId())).findFirst().orElse(null);
        if (here != null && here.additionId() != null && owned == null) {
            // not live any more: our own prorated change cut off after its new addition, or cancelled/deleted by hand
            Optional<CwAddition> ours = marked.stream().filter(a -> AdditionFingerprint.of(a).equals(wanted)).findFirst();
            if (ours.isPresent()) {
                return keep(in, want, here, ours.get(), wanted, wanted, writes, null);
            }
            return edited(in, want, here, null, "Addition #" + here.additionId()
                    + " that Seatkeeper wrote was cancelled or deleted in ConnectWise; Seatkeeper has not written it again."
                    + " Take over to add Seatkeeper's, or remove the link.");
        }
        if (owned == null) {
            // nothing recorded here: find a write of ours whose record was lost, else add, unless a hand-made one is there
            Optional<CwAddition> ours = marked.stream().filter(a -> AdditionFingerprint.of(a).equals(wanted)).findFirst()
                    .or(() -> marked.stream().max(Comparator.comparing(CwAddition::id)));
            if (ours.isPresent()) {
                CwAddition found = ours.get();
                String fp = AdditionFingerprint.of(found);
                if (fp.equals(wanted)) {
                    return keep(in, want, here, found, wanted, wanted, writes, null);
                }
                LinkAdditionState adopted = record(in, want, here, found.id(), fp, fp, SyncState.IN_SYNC, null, quantity(found));
                return change(in, want, adopted, found, wanted, marker, writes);
            }
            List<CwAddition> handMade = live.stream().filter(a -> !has(a, ANY_MARKER) && sameProduct(a, want.draft())).toList();
            LocalDate from = here != null ? here.effectiveFrom() : null;
            if (!handMade.isEmpty() && from == null) {
                String ids = handMade.stream().map(a -> "#" + a.id() + " (" + quantity(a) + ")").reduce((a, b) -> a + ", " + b).orElse("");
                // B is what the hand-made additions bill: the reconciliation compares it with Seatkeeper's until the cut-over
                Integer billedByHand = handMade.stream().mapToInt(SyncPlanner::quantity).sum();
                return new LinkOutcome(want.linkId(), want, state, writes, record(in, want, here, null, null, null,
                        SyncState.CUT_OVER_NEEDED, null, billedByHand), "ConnectWise has hand-made additions of "
                        + want.draft().product().identifier() + " on this agreement: " + ids + ". Mark one as the link's, or"
                        + " cancel it at the end of its last invoiced period, before Seatkeeper adds its own.", handMade, null);
            }
            CwAddition add = want.draft();
            if (from != null && from.isAfter(date(add.effectiveDate()))) {
                add = withEffective(add, from);
            }
            writes.add(new PsaWrite.Add(in.agreementId(), add));
            return new LinkOutcome(want.linkId(), want, state, writes, record(in, want, here, null, wanted, wanted,
                    SyncState.IN_SYNC, null, want.wantedQuantity()), null);
        }
        String current = AdditionFingerprint.of(owned);
        if (current.equals(wanted)) {
            return keep(in, want, here, owned, wanted, wanted, writes, null);
        }
        if (!current.equals(here.writtenFingerprint())) {
            return edited(in, want, here, owned, "Addition #" + owned.id() + " was changed in ConnectWise (quantity "
                    + quantity(owned) + ", Seatkeeper wrote " + (here.psaQuantity() == null ? "?" : here.psaQuantity())
                    + "); Seatkeeper has not overwritten it. Take over to accept ConnectWise's value or write Seatkeeper's ("
                    + want.wantedQuantity() + ").");
        }
        if (wanted.equals(here.wantedFingerprint())) {
            // a value a person accepted from ConnectWise: it stands while Seatkeeper's own figure does not move
            return keep(in, want, here, owned, current, wanted, writes, null);
        }
        return change(in, want, here, owned, wanted, marker, writes);
    }

    /** The owned addition bills what it should not any more: a prorated cancel-and-add, or a change in place. */
    private static LinkOutcome change(AgreementInput in, LinkWant want, LinkAdditionState here, CwAddition owned,
                                      String wanted, String marker, List<PsaWrite> writes) {
        CwAddition draft = want.draft();
        List<CwAddition> marked = in.live().stream().filter(a -> a.id() != null && a.cancelledDate() == null
                && !a.id().equals(owned.id()) && has(a, marker) && AdditionFingerprint.of(a).equals(wanted)).toList();
        if (!marked.isEmpty()) {
            // a prorated change cut off between its add and its cancel: finish it
            CwAddition added = marked.get(0);
            writes.add(new PsaWrite.Cancel(in.agreementId(), owned.id(), dayBefore(date(added.effectiveDate()), owned),
                    "replaced by #" + added.id()));
            return keep(in, want, here, added, wanted, wanted, writes, null);
        }
        boolean billsDifferently = !same(owned.quantity(), draft.quantity()) || !same(owned.unitPrice(), draft.unitPrice())
                || !same(owned.unitCost(), draft.unitCost()) || !sameProduct(owned, draft);
        LocalDate ownedFrom = date(owned.effectiveDate());
        if (billsDifferently && (in.prorate() || !sameProduct(owned, draft)) && ownedFrom != null
                && ownedFrom.isBefore(in.today())) {
            writes.add(new PsaWrite.Add(in.agreementId(), withEffective(draft, in.today())));
            writes.add(new PsaWrite.Cancel(in.agreementId(), owned.id(), in.today().minusDays(1),
                    "quantity " + quantity(owned) + " → " + want.wantedQuantity() + " from " + in.today()));
            return new LinkOutcome(want.linkId(), want, here, writes, record(in, want, here, null, wanted, wanted,
                    SyncState.IN_SYNC, null, want.wantedQuantity()), null);
        }
        List<PatchOperation> ops = new ArrayList<>();
        List<String> said = new ArrayList<>();
        if (!same(owned.quantity(), draft.quantity())) {
            ops.add(PatchOperation.replace("quantity", draft.quantity()));
            said.add("quantity " + quantity(owned) + " → " + want.wantedQuantity());
        }
        if (!same(owned.unitPrice(), draft.unitPrice())) {
            ops.add(PatchOperation.replace("unitPrice", draft.unitPrice()));
            said.add("unit price " + plain(owned.unitPrice()) + " → " + plain(draft.unitPrice()));
        }
        if (!same(owned.unitCost(), draft.unitCost())) {
            ops.add(PatchOperation.replace("unitCost", draft.unitCost()));
            said.add("unit cost " + plain(owned.unitCost()) + " → " + plain(draft.unitCost()));
        }
        if (!Objects.equals(strip(owned.invoiceDescription()), strip(draft.invoiceDescription()))) {
            ops.add(PatchOperation.replace("invoiceDescription", draft.invoiceDescription()));
            said.add("invoice description");
        }
        if (!Objects.equals(owned.billCustomer(), draft.billCustomer())) {
            ops.add(PatchOperation.replace("billCustomer", draft.billCustomer()));
            said.add("bill customer " + draft.billCustomer());
        }
        if (!has(owned, marker)) {
            // an addition marked as the link's at a cut-over carries the marker from now on
            ops.add(PatchOperation.replace("description", draft.description()));
        }
        writes.add(new PsaWrite.Change(in.agreementId(), owned.id(), ops, String.join(", ", said)));
        return new LinkOutcome(want.linkId(), want, here, writes, record(in, want, here, owned.id(), wanted, wanted,
                SyncState.IN_SYNC, null, want.wantedQuantity()), null);
    }

    private static LinkOutcome planRemoved(AgreementInput in, LinkAdditionState gone, List<CwAddition> live) {
        List<PsaWrite> writes = new ArrayList<>();
        String marker = AdditionDrafts.marker(gone.tenantLicenseId(), gone.profileId());
        for (CwAddition a : live) {
            if (a.id().equals(gone.additionId()) || has(a, marker)) {
                writes.add(new PsaWrite.Cancel(in.agreementId(), a.id(), dayBefore(in.today(), a), "the license link was removed"));
            }
        }
        return new LinkOutcome(gone.linkId(), null, gone, writes, null, null);
    }

    private static LinkOutcome keep(AgreementInput in, LinkWant want, LinkAdditionState here, CwAddition kept,
                                    String written, String wanted, List<PsaWrite> writes, String note) {
        return new LinkOutcome(want.linkId(), want, here, writes, record(in, want, here, kept.id(), written, wanted,
                SyncState.IN_SYNC, null, quantity(kept)), note);
    }

    private static LinkOutcome edited(AgreementInput in, LinkWant want, LinkAdditionState here, CwAddition owned, String note) {
        return new LinkOutcome(want.linkId(), want, here, List.of(), record(in, want, here, here.additionId(),
                here.writtenFingerprint(), here.wantedFingerprint(), SyncState.EDITED_IN_PSA, note,
                owned == null ? Integer.valueOf(0) : quantity(owned)), note, List.of(), owned);
    }

    private static LinkAdditionState record(AgreementInput in, LinkWant want, LinkAdditionState here, Long additionId,
                                            String written, String wanted, SyncState state, String problem, Integer psaQuantity) {
        return new LinkAdditionState(want.linkId(), want.tenantLicenseId(), want.profileId(), want.customerId(),
                in.agreementId(), additionId, written, wanted, psaQuantity, want.seatkeeperQuantity(), want.purchased(),
                want.wantedQuantity(), here == null ? null : here.effectiveFrom(), state, problem, in.now());
    }

    /** The day before {@code day}, but never before the addition began (it then bills nothing). */
    private static LocalDate dayBefore(LocalDate day, CwAddition addition) {
        LocalDate before = day.minusDays(1);
        LocalDate from = date(addition.effectiveDate());
        return from != null && from.isAfter(before) ? from : before;
    }

    static LocalDate date(String connectWiseDate) {
        return connectWiseDate == null || connectWiseDate.length() < 10 ? null : LocalDate.parse(connectWiseDate.substring(0, 10));
    }

    static CwAddition withEffective(CwAddition a, LocalDate from) {
        return new CwAddition(a.id(), a.product(), a.billCustomer(), a.quantity(), a.lessIncluded(), a.unitPrice(),
                a.unitCost(), from + "T00:00:00Z", a.cancelledDate(), a.invoiceDescription(), a.description(), a.agreementId());
    }

    static boolean has(CwAddition a, String marker) {
        return a.description() != null && a.description().contains(marker);
    }

    private static boolean sameProduct(CwAddition a, CwAddition b) {
        return a.product() != null && b.product() != null && Objects.equals(a.product().id(), b.product().id());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static int quantity(CwAddition a) {
        return a.quantity() == null ? 0 : a.quantity().intValue();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
