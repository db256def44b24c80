package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * The sync's insert of new subscriptions: the statement is rendered once by jOOQ and bound as one JDBC batch per
 * chunk (stack-facts §3: jOOQ's own batch API costs 25-45%). Unlike {@code SubscriptionSyncRepository.insertAll} it
 * also stores what the provider said (provider quantity and status) and when, so the second sync compares against
 * it and writes nothing. Runs on the caller's (chunk) transaction.
 */
public final class SubscriptionBulkInsert {

    private final DSLContext dsl;
    private final String sql;

    public SubscriptionBulkInsert(DSLContext dsl) {
        this.dsl = dsl;
        this.sql = dsl.insertInto(SUBSCRIPTION, SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.PROVIDER_ID,
                        SUBSCRIPTION.PRODUCT_ID, SUBSCRIPTION.PROVIDER_ACCOUNT_ID, SUBSCRIPTION.EXTERNAL_ID,
                        SUBSCRIPTION.NAME, SUBSCRIPTION.QUANTITY, SUBSCRIPTION.STATUS, SUBSCRIPTION.EFFECTIVE_DATE,
                        SUBSCRIPTION.TERM_END_DATE, SUBSCRIPTION.AUTO_RENEW, SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL,
                        SUBSCRIPTION.REFUNDABLE_QUANTITY, SUBSCRIPTION.PROVIDER_QUANTITY, SUBSCRIPTION.PROVIDER_STATUS,
                        SUBSCRIPTION.LAST_SYNCED_AT, SUBSCRIPTION.UNIT_PRICE, SUBSCRIPTION.CURRENCY,
                        SUBSCRIPTION.CREATED_AT, SUBSCRIPTION.PROVIDER_OFFER, SUBSCRIPTION.UNIT_COST)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null)
                .getSQL();
    }

    /** Inserts the rows; returns the new ids by (provider account id, external id). */
    public Map<String, Long> insert(List<NewSyncedSubscription> rows, Instant now) {
        if (rows.isEmpty()) {
            return Map.of(); // HSQLDB refuses an empty batch
        }
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        List<Long> generated = new ArrayList<>(rows.size());
        dsl.connection(connection -> {
            // the new ids come back with the batch (HSQLDB returns one generated key per row, in batch order),
            // instead of reading the chunk's subscriptions back
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
                for (NewSyncedSubscription row : rows) {
                    bind(insert, row, stamp);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        generated.add(keys.getLong(1));
                    }
                }
            }
        });
        if (generated.size() != rows.size()) {
            throw new IllegalStateException("The database returned " + generated.size() + " new subscription ids for "
                    + rows.size() + " rows");
        }
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NewSubscription row = rows.get(i).subscription();
            ids.put(key(row.providerAccountId(), row.externalId()), generated.get(i));
        }
        return ids;
    }

    public static String key(long providerAccountId, String externalId) {
        return providerAccountId + "/" + externalId;
    }

    private static void bind(PreparedStatement s, NewSyncedSubscription row, OffsetDateTime now) throws SQLException {
        NewSubscription n = row.subscription();
        SubscriptionTerms t = n.terms();
        s.setLong(1, n.contractId());
        s.setLong(2, n.providerId());
        setLong(s, 3, n.productId());
        s.setLong(4, n.providerAccountId());
        s.setString(5, n.externalId());
        s.setString(6, n.name());
        s.setInt(7, n.quantity());
        s.setString(8, n.status().name());
        setDate(s, 9, t.effectiveDate());
        setDate(s, 10, t.termEndDate());
        s.setBoolean(11, t.autoRenew());
        setDate(s, 12, t.cancellationAllowedUntil());
        if (t.refundableQuantity() == null) {
            s.setNull(13, Types.INTEGER);
        } else {
            s.setInt(13, t.refundableQuantity());
        }
        s.setInt(14, row.providerQuantity());
        s.setString(15, row.providerStatus());
        s.setObject(16, now);
        setDecimal(s, 17, n.unitPrice());
        s.setString(18, n.currency());
        s.setObject(19, now);
        s.setString(20, row.providerOffer());
        setDecimal(s, 21, row.unitCost());
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, value);
        }
    }

    private static void setDecimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DECIMAL);
        } else {
            s.setBigDecimal(index, value);
        }
    }
}
