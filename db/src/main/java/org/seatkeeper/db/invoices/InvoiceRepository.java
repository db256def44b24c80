package org.seatkeeper.db.invoices;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.INVOICE;
import static org.seatkeeper.db.jooq.Tables.INVOICE_LINE;
import static org.seatkeeper.db.jooq.Tables.INVOICE_LINE_EVENT;
import static org.seatkeeper.db.jooq.Tables.INVOICE_NUMBERING;
import static org.seatkeeper.db.jooq.Tables.INVOICE_TOTAL;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;

/**
 * Finalized invoices and credit notes, whole or not at all: callers store an invoice, mark its events and audit it in
 * one transaction. Nothing here updates a stored invoice but its "voided by" and "last sent" marks.
 */
public final class InvoiceRepository {

    /** How long a credit note's void reason may be: its column's width. */
    public static final int VOID_REASON_LENGTH = INVOICE.VOID_REASON.getDataType().length();

    private final DSLContext dsl;
    private final Clock clock;

    public InvoiceRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public InvoiceNumbering numbering() {
        return dsl.selectFrom(INVOICE_NUMBERING).where(INVOICE_NUMBERING.ID.eq(1)).fetchSingle(r ->
                new InvoiceNumbering(r.getInvoicePrefix(), r.getCreditPrefix(), r.getNextNumber(), r.getDigits(),
                        r.getVersion()));
    }

    /**
     * Takes the next number. The update comes first so that it locks the row: finalizes run one after the other from
     * here to their commit, and each reads what the one before it stored.
     */
    public String takeNumber(InvoiceKind kind) {
        dsl.update(INVOICE_NUMBERING)
                .set(INVOICE_NUMBERING.NEXT_NUMBER, INVOICE_NUMBERING.NEXT_NUMBER.plus(1))
                .where(INVOICE_NUMBERING.ID.eq(1))
                .execute();
        InvoiceNumbering numbering = numbering();
        return numbering.format(kind, numbering.nextNumber() - 1);
    }

    /** Takes the lock {@link #takeNumber} takes, before reading what to finalize. */
    public void lockNumbering() {
        dsl.update(INVOICE_NUMBERING)
                .set(INVOICE_NUMBERING.NEXT_NUMBER, INVOICE_NUMBERING.NEXT_NUMBER)
                .where(INVOICE_NUMBERING.ID.eq(1))
                .execute();
    }

    public boolean numberTaken(String number) {
        return dsl.fetchExists(INVOICE, INVOICE.INVOICE_NUMBER.eq(number));
    }

    public void updateNumbering(String invoicePrefix, String creditPrefix, long nextNumber, int digits,
                                int expectedVersion, String username) {
        int updated = dsl.update(INVOICE_NUMBERING)
                .set(INVOICE_NUMBERING.INVOICE_PREFIX, invoicePrefix)
                .set(INVOICE_NUMBERING.CREDIT_PREFIX, creditPrefix)
                .set(INVOICE_NUMBERING.NEXT_NUMBER, nextNumber)
                .set(INVOICE_NUMBERING.DIGITS, digits)
                .set(INVOICE_NUMBERING.UPDATED_BY, username)
                .set(INVOICE_NUMBERING.UPDATED_AT, clock.instant())
                .set(INVOICE_NUMBERING.VERSION, INVOICE_NUMBERING.VERSION.plus(1))
                .where(INVOICE_NUMBERING.ID.eq(1))
                .and(INVOICE_NUMBERING.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            throw new OptimisticLockException("Someone changed the invoice numbering since you opened it.");
        }
    }

    public long insert(NewInvoice invoice) {
        long id = dsl.insertInto(INVOICE)
                .set(INVOICE.INVOICE_NUMBER, invoice.number())
                .set(INVOICE.KIND, invoice.kind().name())
                .set(INVOICE.CONTRACT_ID, invoice.contractId())
                .set(INVOICE.CUSTOMER_ID, invoice.customerId())
                .set(INVOICE.PERIOD_START, invoice.periodStart())
                .set(INVOICE.PERIOD_END, invoice.periodEnd())
                .set(INVOICE.ISSUED_ON, invoice.issuedOn())
                .set(INVOICE.CHARGES_AHEAD, invoice.chargesAhead())
                .set(INVOICE.VOIDS_INVOICE_ID, invoice.voidsInvoiceId())
                .set(INVOICE.FINALIZED_BY, invoice.finalizedBy())
                .set(INVOICE.FINALIZED_AT, invoice.finalizedAt())
                .set(INVOICE.VOID_REASON, invoice.voidReason())
                .returningResult(INVOICE.ID)
                .fetchSingle(INVOICE.ID);
        var totals = dsl.insertInto(INVOICE_TOTAL, INVOICE_TOTAL.INVOICE_ID, INVOICE_TOTAL.CURRENCY,
                INVOICE_TOTAL.AMOUNT);
        for (Map.Entry<String, BigDecimal> total : new TreeMap<>(invoice.totals()).entrySet()) {
            totals = totals.values(id, total.getKey(), total.getValue());
        }
        if (!invoice.totals().isEmpty()) {
            totals.execute();
        }
        int number = 1;
        for (NewInvoiceLine line : invoice.lines()) {
            long lineId = dsl.insertInto(INVOICE_LINE)
                    .set(INVOICE_LINE.INVOICE_ID, id)
                    .set(INVOICE_LINE.LINE_NUMBER, number++)
                    .set(INVOICE_LINE.SUBSCRIPTION_ID, line.subscriptionId())
                    .set(INVOICE_LINE.PRODUCT_ID, line.productId())
                    .set(INVOICE_LINE.KIND, line.kind())
                    .set(INVOICE_LINE.PRODUCT_NAME, line.productName())
                    .set(INVOICE_LINE.DESCRIPTION, line.description())
                    .set(INVOICE_LINE.QUANTITY, line.quantity())
                    .set(INVOICE_LINE.PERIOD_START, line.periodStart())
                    .set(INVOICE_LINE.PERIOD_END, line.periodEnd())
                    .set(INVOICE_LINE.PERIODS, line.periods())
                    .set(INVOICE_LINE.UNIT_PRICE, line.unitPrice())
                    .set(INVOICE_LINE.CURRENCY, line.currency())
                    .set(INVOICE_LINE.AMOUNT, line.amount())
                    .returningResult(INVOICE_LINE.ID)
                    .fetchSingle(INVOICE_LINE.ID);
            if (!line.eventIds().isEmpty()) {
                var events = dsl.insertInto(INVOICE_LINE_EVENT, INVOICE_LINE_EVENT.INVOICE_LINE_ID,
                        INVOICE_LINE_EVENT.LICENSE_CHANGE_ID);
                for (Long eventId : line.eventIds()) {
                    events = events.values(lineId, eventId);
                }
                events.execute();
            }
        }
        return id;
    }

    /**
     * Marks the events invoiced with the invoice's number; returns how many it marked. Only events neither archived
     * nor invoiced are marked: a caller that gets fewer than it asked for rolls back.
     */
    public int markInvoiced(Collection<Long> eventIds, String number) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return dsl.update(LICENSE_CHANGE)
                .set(LICENSE_CHANGE.INVOICED, true)
                .set(LICENSE_CHANGE.INVOICE_REF, number)
                .set(LICENSE_CHANGE.VERSION, LICENSE_CHANGE.VERSION.plus(1))
                .where(LICENSE_CHANGE.ID.in(eventIds))
                .and(LICENSE_CHANGE.INVOICED.isFalse())
                .and(LICENSE_CHANGE.ARCHIVED.isFalse())
                .execute();
    }

    /** Records the credit note that voids an invoice; false when it was already voided. */
    public boolean markVoided(long invoiceId, long creditNoteId) {
        return dsl.update(INVOICE)
                .set(INVOICE.VOIDED_BY_ID, creditNoteId)
                .set(INVOICE.VERSION, INVOICE.VERSION.plus(1))
                .where(INVOICE.ID.eq(invoiceId))
                .and(INVOICE.VOIDED_BY_ID.isNull())
                .and(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()))
                .execute() == 1;
    }

    public void markSent(long invoiceId) {
        dsl.update(INVOICE)
                .set(INVOICE.LAST_SENT_AT, clock.instant())
                .where(INVOICE.ID.eq(invoiceId))
                .execute();
    }

    /**
     * Every invoice and credit note's id, newest first: the invoices list keeps this in memory and pages through it
     * (counting and skipping rows in the database walked the whole index on every request).
     */
    public long[] idsNewestFirst() {
        return dsl.select(INVOICE.ID).from(INVOICE).orderBy(INVOICE.ID.desc()).fetch(INVOICE.ID).stream()
                .mapToLong(Long::longValue).toArray();
    }

    /** The invoices with these ids, newest first, with their totals; ids that no longer exist are left out. */
    public List<InvoiceSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<InvoiceSummary> headers = dsl.select(INVOICE.asterisk(), BILLING_CONTRACT.NAME, CUSTOMER.NAME)
                .from(INVOICE)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(INVOICE.CONTRACT_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .where(INVOICE.ID.in(ids))
                .orderBy(INVOICE.ID.desc())
                .fetch(r -> toSummary(r, Map.of()));
        Map<Long, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        dsl.selectFrom(INVOICE_TOTAL)
                .where(INVOICE_TOTAL.INVOICE_ID.in(headers.stream().map(InvoiceSummary::id).toList()))
                .orderBy(INVOICE_TOTAL.INVOICE_ID, INVOICE_TOTAL.CURRENCY)
                .forEach(t -> totals.computeIfAbsent(t.getInvoiceId(), k -> new LinkedHashMap<>())
                        .put(t.getCurrency().strip(), t.getAmount()));
        return headers.stream().map(h -> withTotals(h, totals.getOrDefault(h.id(), Map.of()))).toList();
    }

    public int count(Long customerId, Long contractId) {
        return dsl.fetchCount(INVOICE, filter(customerId, contractId));
    }

    public Optional<InvoiceSummary> find(long id) {
        return dsl.select(INVOICE.asterisk(), BILLING_CONTRACT.NAME, CUSTOMER.NAME)
                .from(INVOICE)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(INVOICE.CONTRACT_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .where(INVOICE.ID.eq(id))
                .fetchOptional(r -> toSummary(r, totals(id)));
    }

    /** A contract's newest invoice (not a credit note). */
    public Optional<InvoiceSummary> lastInvoice(long contractId) {
        return dsl.select(INVOICE.ID)
                .from(INVOICE)
                .where(INVOICE.CONTRACT_ID.eq(contractId))
                .and(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()))
                .orderBy(INVOICE.ID.desc())
                .limit(1)
                .fetchOptional(INVOICE.ID)
                .flatMap(this::find);
    }

    public List<InvoiceLineRow> lines(long invoiceId) {
        Map<Long, List<Long>> events = new LinkedHashMap<>();
        dsl.select(INVOICE_LINE_EVENT.INVOICE_LINE_ID, INVOICE_LINE_EVENT.LICENSE_CHANGE_ID)
                .from(INVOICE_LINE_EVENT)
                .join(INVOICE_LINE).on(INVOICE_LINE.ID.eq(INVOICE_LINE_EVENT.INVOICE_LINE_ID))
                .where(INVOICE_LINE.INVOICE_ID.eq(invoiceId))
                .orderBy(INVOICE_LINE_EVENT.LICENSE_CHANGE_ID)
                .forEach(r -> events.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl.select(INVOICE_LINE.asterisk(), SUBSCRIPTION.NAME)
                .from(INVOICE_LINE)
                .join(SUBSCRIPTION).on(SUBSCRIPTION.ID.eq(INVOICE_LINE.SUBSCRIPTION_ID))
                .where(INVOICE_LINE.INVOICE_ID.eq(invoiceId))
                .orderBy(INVOICE_LINE.LINE_NUMBER)
                .fetch(r -> new InvoiceLineRow(r.get(INVOICE_LINE.ID), r.get(INVOICE_LINE.LINE_NUMBER),
                        r.get(INVOICE_LINE.SUBSCRIPTION_ID), r.get(SUBSCRIPTION.NAME), r.get(INVOICE_LINE.PRODUCT_ID),
                        r.get(INVOICE_LINE.KIND), r.get(INVOICE_LINE.PRODUCT_NAME), r.get(INVOICE_LINE.DESCRIPTION),
                        r.get(INVOICE_LINE.QUANTITY), r.get(INVOICE_LINE.PERIOD_START),
                        r.get(INVOICE_LINE.PERIOD_END), r.get(INVOICE_LINE.PERIODS), r.get(INVOICE_LINE.UNIT_PRICE),
                        r.get(INVOICE_LINE.CURRENCY).strip(), r.get(INVOICE_LINE.AMOUNT),
                        List.copyOf(events.getOrDefault(r.get(INVOICE_LINE.ID), List.of()))));
    }

    private Map<String, BigDecimal> totals(long invoiceId) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        dsl.selectFrom(INVOICE_TOTAL)
                .where(INVOICE_TOTAL.INVOICE_ID.eq(invoiceId))
                .orderBy(INVOICE_TOTAL.CURRENCY)
                .forEach(t -> totals.put(t.getCurrency().strip(), t.getAmount()));
        return totals;
    }

    private static Condition filter(Long customerId, Long contractId) {
        Condition condition = org.jooq.impl.DSL.noCondition();
        if (customerId != null) {
            condition = condition.and(INVOICE.CUSTOMER_ID.eq(customerId));
        }
        if (contractId != null) {
            condition = condition.and(INVOICE.CONTRACT_ID.eq(contractId));
        }
        return condition;
    }

    private static InvoiceSummary toSummary(Record r, Map<String, BigDecimal> totals) {
        return new InvoiceSummary(r.get(INVOICE.ID), r.get(INVOICE.INVOICE_NUMBER),
                InvoiceKind.valueOf(r.get(INVOICE.KIND)), r.get(INVOICE.CONTRACT_ID), r.get(BILLING_CONTRACT.NAME),
                r.get(INVOICE.CUSTOMER_ID), r.get(CUSTOMER.NAME), r.get(INVOICE.PERIOD_START),
                r.get(INVOICE.PERIOD_END), r.get(INVOICE.ISSUED_ON), totals, r.get(INVOICE.VOIDS_INVOICE_ID),
                r.get(INVOICE.VOIDED_BY_ID), r.get(INVOICE.FINALIZED_BY), r.get(INVOICE.FINALIZED_AT),
                r.get(INVOICE.LAST_SENT_AT), r.get(INVOICE.VOID_REASON));
    }

    private static InvoiceSummary withTotals(InvoiceSummary s, Map<String, BigDecimal> totals) {
        return new InvoiceSummary(s.id(), s.number(), s.kind(), s.contractId(), s.contractName(), s.customerId(),
                s.customerName(), s.periodStart(), s.periodEnd(), s.issuedOn(), totals, s.voidsInvoiceId(),
                s.voidedById(), s.finalizedBy(), s.finalizedAt(), s.lastSentAt(), s.voidReason());
    }
}
