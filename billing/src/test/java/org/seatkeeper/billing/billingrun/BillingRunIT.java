package org.seatkeeper.billing.billingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditEntry;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.invoices.BillingInputRepository;
import org.seatkeeper.db.invoices.InvoiceKind;
import org.seatkeeper.db.invoices.InvoiceLineRow;
import org.seatkeeper.db.invoices.InvoiceRepository;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/** The preview, finalize and void on a real database: each event billed once, a second finalize finds nothing. */
class BillingRunIT {

    private static final Instant NOW = Instant.parse("2027-01-28T08:00:00Z");
    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final SubscriptionRepository subscriptions = new SubscriptionRepository(db.dsl(), clock);
    private final LicenseChangeRepository changes = new LicenseChangeRepository(db.dsl(), clock);
    private final AuditLog audit = new AuditLog(db.dsl(), clock);
    private final LicenseLedger ledger = new LicenseLedger(subscriptions, changes, audit);
    private final InvoiceRepository invoices = new InvoiceRepository(db.dsl(), clock);
    private final BillingPreview preview = new BillingPreview(new BillingInputRepository(db.dsl()));
    private final InvoiceFinalizer finalizer = new InvoiceFinalizer(preview, invoices, audit, clock);
    private final CreditNotes creditNotes = new CreditNotes(invoices, audit, clock);

    private final long customer = db.dsl().insertInto(CUSTOMER).set(CUSTOMER.NAME, "Contoso")
            .set(CUSTOMER.CREATED_AT, NOW).set(CUSTOMER.UPDATED_AT, NOW).returning(CUSTOMER.ID).fetchOne(CUSTOMER.ID);
    private final long manual = db.dsl().insertInto(PROVIDER).set(PROVIDER.NAME, "Manual").set(PROVIDER.KIND, "MANUAL")
            .set(PROVIDER.AUTOMATIC, false).set(PROVIDER.CURRENCY, "EUR").set(PROVIDER.CREATED_AT, NOW)
            .returning(PROVIDER.ID).fetchOne(PROVIDER.ID);
    private final long product = new ProductRepository(db.dsl(), clock).insert(new NewProduct(
            new ProductKey("CFQ7TTC0LDPB:0001", Term.P1M, BillingCycle.MONTHLY, "EUR"), "Microsoft 365 Business Basic",
            new BigDecimal("10.00"), new BigDecimal("8.00")));
    private final long contract = new BillingContractRepository(db.dsl(), clock).insert(customer,
            new ContractTerms("Main", "EUR", BillingCycle.MONTHLY, 1, LocalDate.of(2026, 12, 1), null), false);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldFinalizeTheDraftMarkEveryEventOnceAndFindNothingLeftTheSecondTime() {
        // given 5 licenses from 1 January, 8 from 10 January
        long subscription = aSubscription("10.00");
        inTransaction(() -> ledger.changeQuantity(subscription, 8, LocalDate.of(2027, 1, 10), "alice"));

        // when
        ContractDraft draft = inTransaction(() -> preview.preview(FEBRUARY, null)).get(0);
        FinalizedInvoice invoice = inTransaction(() -> finalizer.finalizeContract(contract, FEBRUARY, "alice"))
                .orElseThrow();

        // then: February ahead at 8, January's create and increase prorated
        assertThat(draft.draft().lines()).extracting(DraftLine::kind, DraftLine::quantity,
                        line -> line.amount().toPlainString())
                .containsExactly(tuple(LineKind.RECURRING, 8, "80.00"), tuple(LineKind.INCREASE, 5, "50.00"),
                        tuple(LineKind.INCREASE, 3, "21.29"));
        assertThat(invoice.number()).isEqualTo("INV-000001");
        assertThat(invoices.find(invoice.id()).orElseThrow().totals()).containsOnlyKeys("EUR")
                .hasEntrySatisfying("EUR", total -> assertThat(total).isEqualByComparingTo("151.29"));
        assertThat(invoices.lines(invoice.id())).flatExtracting(InvoiceLineRow::eventIds).hasSize(2);
        assertThat(changes.findBySubscription(subscription)).extracting(LicenseChange::invoiced,
                LicenseChange::invoiceRef).containsOnly(tuple(true, "INV-000001"));
        assertThat(audit.find(AuditFilter.none(), 0, 1)).extracting(AuditEntry::action, AuditEntry::entityId)
                .containsExactly(tuple("FINALIZE", String.valueOf(invoice.id())));

        // and a second run of the same period has nothing left
        assertThat(inTransaction(() -> finalizer.finalizeContract(contract, FEBRUARY, "alice"))).isEmpty();
        assertThat(inTransaction(() -> preview.preview(FEBRUARY, null))).singleElement()
                .satisfies(again -> assertThat(again.draft().isEmpty()).isTrue());
        // and March charges the month ahead only
        assertThat(inTransaction(() -> preview.preview(YearMonth.of(2027, 3), null)).get(0).draft().lines())
                .extracting(DraftLine::kind, line -> line.amount().toPlainString())
                .containsExactly(tuple(LineKind.RECURRING, "80.00"));
    }

    @Test
    void shouldBillAnEventLoggedAfterTheFinalizeOnTheSamePeriodsNextRunOnly() {
        long subscription = aSubscription("10.00");
        inTransaction(() -> finalizer.finalizeContract(contract, FEBRUARY, "alice"));

        inTransaction(() -> ledger.changeQuantity(subscription, 7, LocalDate.of(2027, 1, 20), "alice"));
        List<DraftLine> again = inTransaction(() -> preview.preview(FEBRUARY, null)).get(0).draft().lines();

        // +2 from 20 January to the end of February, already charged at 5: 2 x 10 x (12/31 + 1)
        assertThat(again).extracting(DraftLine::kind, line -> line.amount().toPlainString())
                .containsExactly(tuple(LineKind.INCREASE, "27.74"));
    }

    @Test
    void shouldRefuseToFinalizeADraftWithAMissingPrice() {
        aSubscription(null);

        assertThatThrownBy(() -> inTransaction(() -> finalizer.finalizeContract(contract, FEBRUARY, "alice")))
                .isInstanceOf(BillingRunException.class).hasMessageContaining("has no unit price");
        assertThat(invoices.count(null, null)).isZero();
        assertThat(invoices.numbering().nextNumber()).isEqualTo(1);
    }

    @Test
    void shouldVoidAnInvoiceByACreditNoteAndReleaseNothing() {
        long subscription = aSubscription("10.00");
        FinalizedInvoice invoice = inTransaction(() -> finalizer.finalizeContract(contract, FEBRUARY, "alice"))
                .orElseThrow();

        FinalizedInvoice credit = inTransaction(() -> creditNotes.voidInvoice(invoice.id(), "wrong price", "bob"));

        assertThat(credit.number()).isEqualTo("CN-000002");
        assertThat(invoices.find(credit.id()).orElseThrow()).satisfies(note -> {
            assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
            assertThat(note.totals().get("EUR")).isEqualByComparingTo("-100.00");
            assertThat(note.voidReason()).isEqualTo("wrong price");
        });
        assertThat(invoices.find(invoice.id()).orElseThrow().voidedById()).isEqualTo(credit.id());
        assertThat(changes.findBySubscription(subscription)).allSatisfy(e -> assertThat(e.invoiced()).isTrue());
        assertThat(audit.find(AuditFilter.none(), 0, 10)).anySatisfy(entry -> {
            assertThat(entry.summary()).isEqualTo("Voided invoice INV-000001 by credit note CN-000002: wrong price");
            assertThat(entry.afterState()).contains("\"reason\":\"wrong price\"");
        });
        assertThatThrownBy(() -> inTransaction(() -> creditNotes.voidInvoice(invoice.id(), "again", "bob")))
                .isInstanceOf(BillingRunException.class).hasMessageContaining("already voided");
    }

    @Test
    void shouldRefuseToVoidWithoutAReasonAndStoreNothing() {
        aSubscription("10.00");
        FinalizedInvoice invoice = inTransaction(() -> finalizer.finalizeContract(contract, FEBRUARY, "alice"))
                .orElseThrow();

        assertThatThrownBy(() -> inTransaction(() -> creditNotes.voidInvoice(invoice.id(), "  ", "bob")))
                .isInstanceOf(BillingRunException.class).hasMessage("Say why the invoice is voided: the credit note "
                        + "shows it.");
        assertThatThrownBy(() -> inTransaction(() -> creditNotes.voidInvoice(invoice.id(),
                "x".repeat(CreditNotes.REASON_LENGTH + 1), "bob")))
                .isInstanceOf(BillingRunException.class).hasMessageContaining("Keep the reason to 300 characters");
        assertThat(invoices.find(invoice.id()).orElseThrow().voided()).isFalse();
        assertThat(invoices.count(null, null)).isEqualTo(1);
    }

    private long aSubscription(String price) {
        return inTransaction(() -> ledger.createManual(new NewSubscription(contract, manual, product, null, null,
                "Business Basic", 5, SubscriptionState.ACTIVE, new SubscriptionTerms(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), true, null, null), price == null ? null : new BigDecimal(price),
                price == null ? null : "EUR", true), "alice"));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return db.transactions().inTransaction(work);
    }
}
