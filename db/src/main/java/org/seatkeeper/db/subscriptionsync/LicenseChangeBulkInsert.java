package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/**
 * The sync's append of license change events: rendered once by jOOQ, bound as one JDBC batch per chunk. Measured:
 * {@code LicenseChangeRepository.insertAll}'s 500-row VALUES statements spend most of their time in HSQLDB's parser
 * (a new statement text per chunk); a prepared batch is parsed once. Events are only ever appended (rule 2).
 */
public final class LicenseChangeBulkInsert {

    private final DSLContext dsl;
    private final String sql;

    public LicenseChangeBulkInsert(DSLContext dsl) {
        this.dsl = dsl;
        this.sql = dsl.insertInto(LICENSE_CHANGE, LICENSE_CHANGE.SUBSCRIPTION_ID, LICENSE_CHANGE.EVENT_TYPE,
                        LICENSE_CHANGE.QUANTITY_CHANGE, LICENSE_CHANGE.QUANTITY_AFTER, LICENSE_CHANGE.EFFECTIVE_DATE,
                        LICENSE_CHANGE.SOURCE, LICENSE_CHANGE.RECORDED_BY, LICENSE_CHANGE.RECORDED_AT,
                        LICENSE_CHANGE.ARCHIVED, LICENSE_CHANGE.ARCHIVE_REASON, LICENSE_CHANGE.NOTE,
                        LICENSE_CHANGE.PRODUCT_ID, LICENSE_CHANGE.UNIT_PRICE, LICENSE_CHANGE.CURRENCY,
                        LICENSE_CHANGE.UNIT_COST)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null)
                .getSQL();
    }

    public void insert(List<SyncEvent> events, Instant now) {
        if (events.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        dsl.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (SyncEvent event : events) {
                    NewLicenseChange e = event.change();
                    insert.setLong(1, e.subscriptionId());
                    insert.setString(2, e.type().name());
                    insert.setInt(3, e.quantityChange());
                    insert.setInt(4, e.quantityAfter());
                    insert.setObject(5, e.effectiveDate());
                    insert.setString(6, e.source().name());
                    insert.setString(7, e.recordedBy());
                    insert.setObject(8, stamp);
                    insert.setBoolean(9, e.archived());
                    insert.setString(10, e.archiveReason());
                    insert.setString(11, e.note());
                    if (event.productId() == null) {
                        insert.setNull(12, Types.BIGINT);
                    } else {
                        insert.setLong(12, event.productId());
                    }
                    Money price = e.unitPrice();
                    Money cost = event.unitCost();
                    insert.setBigDecimal(13, price == null ? null : price.amount());
                    // the event's amounts share one currency
                    insert.setString(14, price != null ? price.currency() : cost != null ? cost.currency() : null);
                    insert.setBigDecimal(15, cost == null ? null : cost.amount());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
