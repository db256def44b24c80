package org.seatkeeper.batch.psasync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.psa.AdditionDrafts;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.db.psasync.LinkAdditionState.SyncState;
import org.seatkeeper.providers.connectwise.CwAddition;
import org.seatkeeper.providers.connectwise.CwReference;

/** The sync's decisions, played against a ConnectWise agreement kept as a list here (what a run would find next). */
class SyncPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final long AGREEMENT = 40;
    private final List<CwAddition> psa = new ArrayList<>();
    private final Map<Long, LinkAdditionState> records = new HashMap<>();
    private long nextId = 500;

    @Test
    void shouldAddOnceThenWriteNothingWhileNothingChanges() {
        List<LinkOutcome> first = run(true, want(7));
        assertThat(first).singleElement().satisfies(o -> assertThat(o.writes()).singleElement().isInstanceOf(PsaWrite.Add.class));
        assertThat(run(true, want(7))).allSatisfy(o -> assertThat(o.writes()).isEmpty());
        assertThat(live()).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualByComparingTo("7"));
    }

    @Test
    void shouldCancelTheDayBeforeAndAddFromTheDayOnAProratingAgreement() {
        psa.add(owned(1, 7, "2026-11-01"));
        records.put(1L, recorded(1, psa.get(0), want(7)));
        List<LinkOutcome> change = run(true, want(9));
        assertThat(change.get(0).writes()).hasSize(2);
        assertThat(change.get(0).writes().get(0)).isInstanceOfSatisfying(PsaWrite.Add.class,
                a -> assertThat(a.addition().effectiveDate()).startsWith(TODAY.toString()));
        assertThat(change.get(0).writes().get(1)).isInstanceOfSatisfying(PsaWrite.Cancel.class,
                c -> assertThat(c.date()).isEqualTo(TODAY.minusDays(1)));
        assertThat(live()).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualByComparingTo("9"));
    }

    @Test
    void shouldChangeInPlaceWhereTheAgreementDoesNotProrate() {
        run(false, want(7));
        List<LinkOutcome> change = run(false, want(8));
        assertThat(change.get(0).writes()).singleElement().isInstanceOf(PsaWrite.Change.class);
        assertThat(live()).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualByComparingTo("8"));
    }

    @Test
    void shouldReportAHandEditAndNotOverwriteIt() {
        run(true, want(7));
        CwAddition mine = live().get(0);
        psa.set(psa.indexOf(mine), with(mine, 12));
        List<LinkOutcome> after = run(true, want(9));
        assertThat(after.get(0).writes()).isEmpty();
        assertThat(after.get(0).after().state()).isEqualTo(SyncState.EDITED_IN_PSA);
        assertThat(after.get(0).note()).contains("changed in ConnectWise").contains("quantity 12");
    }

    @Test
    void shouldFindItsOwnAdditionByTheMarkerWhenTheRecordWasLost() {
        run(true, want(7));
        records.clear();
        assertThat(run(true, want(7))).allSatisfy(o -> assertThat(o.writes()).isEmpty());
        assertThat(records.get(1L).additionId()).isEqualTo(live().get(0).id());
    }

    @Test
    void shouldFinishAProratedChangeCutOffBetweenItsAddAndItsCancel() {
        run(true, want(7));
        LinkAdditionState before = records.get(1L);
        List<LinkOutcome> change = plan(true, want(9));
        apply(change.get(0).writes().subList(0, 1));
        records.put(1L, before);
        List<LinkOutcome> rerun = run(true, want(9));
        assertThat(rerun.get(0).writes()).singleElement().isInstanceOf(PsaWrite.Cancel.class);
        assertThat(live()).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualByComparingTo("9"));
    }

    @Test
    void shouldCancelTheAdditionOfARemovedLink() {
        run(true, want(7));
        LinkAdditionState gone = records.get(1L);
        List<LinkOutcome> outcomes = SyncPlanner.plan(new SyncPlanner.AgreementInput(AGREEMENT, true, TODAY, List.of(),
                Map.of(), List.of(gone), List.copyOf(psa), Instant.EPOCH));
        assertThat(outcomes.get(0).writes()).singleElement().isInstanceOf(PsaWrite.Cancel.class);
        assertThat(outcomes.get(0).after()).isNull();
    }

    @Test
    void shouldHoldANewLinkBackWhileAHandMadeAdditionOfTheProductIsThere() {
        psa.add(new CwAddition(nextId++, new CwReference(9L, "M365-BP", null), "Billable", BigDecimal.valueOf(7),
                BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, "2026-01-01T00:00:00Z", null, "by hand", "Business Premium",
                AGREEMENT));
        List<LinkOutcome> outcomes = run(true, want(7));
        assertThat(outcomes.get(0).writes()).isEmpty();
        assertThat(outcomes.get(0).after().state()).isEqualTo(SyncState.CUT_OVER_NEEDED);
        // what ConnectWise bills by hand meanwhile, for the reconciliation's PSA check
        assertThat(outcomes.get(0).after().psaQuantity()).isEqualTo(7);
    }

    private LinkWant want(int quantity) {
        CwAddition draft = new CwAddition(null, new CwReference(9L, "M365-BP", null), "Billable", BigDecimal.valueOf(quantity),
                BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, "2026-12-01T00:00:00Z", null, "M365 BP",
                "M365 BP " + AdditionDrafts.marker(3, 2), AGREEMENT);
        return new LinkWant(1, 3, 2, 77, AGREEMENT, draft, quantity, quantity, quantity, "Contoso: M365 BP");
    }

    private CwAddition owned(long id, int quantity, String from) {
        return new CwAddition(id, new CwReference(9L, "M365-BP", null), "Billable", BigDecimal.valueOf(quantity), BigDecimal.ZERO,
                BigDecimal.TEN, BigDecimal.ONE, from + "T00:00:00Z", null, "M365 BP", "M365 BP " + AdditionDrafts.marker(3, 2),
                AGREEMENT);
    }

    private LinkAdditionState recorded(long linkId, CwAddition addition, LinkWant want) {
        String fp = AdditionFingerprint.of(addition);
        return new LinkAdditionState(linkId, 3, 2, 77, AGREEMENT, addition.id(), fp, AdditionFingerprint.of(want.draft()),
                SyncPlanner.quantity(addition), 7, 7, 7, null, SyncState.IN_SYNC, null, Instant.EPOCH);
    }

    private List<LinkOutcome> plan(boolean prorate, LinkWant want) {
        return SyncPlanner.plan(new SyncPlanner.AgreementInput(AGREEMENT, prorate, TODAY, List.of(want), Map.copyOf(records),
                List.of(), List.copyOf(psa), Instant.EPOCH));
    }

    /** Plans, makes the writes on the list, and keeps the records, as the writer does. */
    private List<LinkOutcome> run(boolean prorate, LinkWant want) {
        List<LinkOutcome> outcomes = plan(prorate, want);
        for (LinkOutcome o : outcomes) {
            CwAddition result = apply(o.writes());
            LinkAdditionState after = o.after();
            if (after != null && result != null) {
                after = new LinkAdditionState(after.linkId(), after.tenantLicenseId(), after.profileId(), after.customerId(),
                        after.agreementId(), result.id(), AdditionFingerprint.of(result), after.wantedFingerprint(),
                        SyncPlanner.quantity(result), after.seatkeeperQuantity(), after.purchased(), after.wantedQuantity(),
                        after.effectiveFrom(), after.state(), after.problem(), after.syncedAt());
            }
            if (after == null) {
                records.remove(o.linkId());
            } else {
                records.put(o.linkId(), after);
            }
        }
        return outcomes;
    }

    private CwAddition apply(List<PsaWrite> writes) {
        CwAddition result = null;
        for (PsaWrite w : writes) {
            if (w instanceof PsaWrite.Add add) {
                CwAddition a = add.addition();
                result = new CwAddition(nextId++, a.product(), a.billCustomer(), a.quantity(), a.lessIncluded(), a.unitPrice(),
                        a.unitCost(), a.effectiveDate(), null, a.invoiceDescription(), a.description(), AGREEMENT);
                psa.add(result);
            } else if (w instanceof PsaWrite.Change change) {
                CwAddition a = psa.stream().filter(x -> x.id() == change.additionId()).findFirst().orElseThrow();
                BigDecimal quantity = change.operations().stream().filter(op -> op.path().equals("quantity"))
                        .map(op -> (BigDecimal) op.value()).findFirst().orElse(a.quantity());
                result = with(a, quantity.intValue());
                psa.set(psa.indexOf(a), result);
            } else if (w instanceof PsaWrite.Cancel cancel) {
                CwAddition a = psa.stream().filter(x -> x.id() == cancel.additionId()).findFirst().orElseThrow();
                psa.set(psa.indexOf(a), new CwAddition(a.id(), a.product(), a.billCustomer(), a.quantity(), a.lessIncluded(),
                        a.unitPrice(), a.unitCost(), a.effectiveDate(), cancel.date() + "T00:00:00Z", a.invoiceDescription(),
                        a.description(), AGREEMENT));
            }
        }
        return result;
    }

    private static CwAddition with(CwAddition a, int quantity) {
        return new CwAddition(a.id(), a.product(), a.billCustomer(), BigDecimal.valueOf(quantity), a.lessIncluded(), a.unitPrice(),
                a.unitCost(), a.effectiveDate(), a.cancelledDate(), a.invoiceDescription(), a.description(), a.agreementId());
    }

    private List<CwAddition> live() {
        return psa.stream().filter(a -> a.cancelledDate() == null).toList();
    }
}
