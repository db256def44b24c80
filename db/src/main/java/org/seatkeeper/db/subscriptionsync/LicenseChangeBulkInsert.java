package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.seatkeeper.db.JdbcBatch;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/**
 * The sync's append of license change events, one {@link JdbcBatch} per chunk. Measured: 500-row VALUES statements
 * spend most of their time in HSQLDB's parser (a new statement text per chunk); a prepared batch is parsed once.
 * Events are only ever appended (rule 2).
 */
public final class LicenseChangeBulkInsert {

    private final DSLContext dsl;
    private final JdbcBatch<Row> insert;

    private record Row(SyncEvent event, Instant now) {
        NewLicenseChange e() {
            return event.change();
        }

        Money price() {
            return event.change().unitPrice();
        }

        Money cost() {
            return event.unitCost();
        }
    }

    public LicenseChangeBulkInsert(DSLContext dsl) {
        this.dsl = dsl;
        var lc = LICENSE_CHANGE;
        this.insert = JdbcBatch.<Row>insertInto(lc)
                .value(lc.SUBSCRIPTION_ID, r -> r.e().subscriptionId())
                .value(lc.EVENT_TYPE, r -> r.e().type().name())
                .value(lc.QUANTITY_CHANGE, r -> r.e().quantityChange())
                .value(lc.QUANTITY_AFTER, r -> r.e().quantityAfter())
                .value(lc.EFFECTIVE_DATE, r -> r.e().effectiveDate())
                .value(lc.SOURCE, r -> r.e().source().name())
                .value(lc.RECORDED_BY, r -> r.e().recordedBy())
                .value(lc.RECORDED_AT, Row::now)
                .value(lc.ARCHIVED, r -> r.e().archived())
                .value(lc.ARCHIVE_REASON, r -> r.e().archiveReason())
                .value(lc.NOTE, r -> r.e().note())
                .value(lc.PRODUCT_ID, r -> r.event().productId())
                .value(lc.UNIT_PRICE, r -> r.price() == null ? null : r.price().amount())
                // the event's amounts share one currency
                .value(lc.CURRENCY, r -> r.price() != null ? r.price().currency()
                        : r.cost() != null ? r.cost().currency() : null)
                .value(lc.UNIT_COST, r -> r.cost() == null ? null : r.cost().amount())
                .render(dsl);
    }

    public void insert(List<SyncEvent> events, Instant now) {
        insert.execute(dsl, events.stream().map(e -> new Row(e, now)).toList());
    }
}
