package org.seatkeeper.db.psasync;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.LICENSE_LINK;
import static org.seatkeeper.db.jooq.Tables.PSA_LINK_ADDITION;
import static org.seatkeeper.db.jooq.Tables.SKU_MAPPING;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.seatkeeper.db.psasync.LinkAdditionState.SyncState;

/**
 * License links the PSA sync will not write for until a person decides (the morning report lists them): an addition
 * edited by hand in ConnectWise (take over), or hand-made additions waiting for a cut-over. As the last sync saw them.
 */
public final class LinksNeedingAPerson {

    /** @param psaQuantity what ConnectWise bills (the hand-edited addition), null while nothing is Seatkeeper's */
    public record Link(long linkId, long customerId, String customerName, String licenseName, SyncState state,
                       Integer psaQuantity, Integer wantedQuantity) {
    }

    private final DSLContext dsl;

    public LinksNeedingAPerson(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** By customer and license name, at most {@code limit}. */
    public List<Link> list(int limit) {
        var mappedName = DSL.field(DSL.select(DSL.min(SKU_MAPPING.NAME)).from(SKU_MAPPING)
                .where(SKU_MAPPING.SKU_ID.equalIgnoreCase(TENANT_LICENSE.SKU_ID)));
        var name = DSL.coalesce(TENANT_LICENSE.NAME, mappedName, TENANT_LICENSE.SKU_PART_NUMBER, TENANT_LICENSE.SKU_ID);
        return dsl.select(PSA_LINK_ADDITION.LICENSE_LINK_ID, CUSTOMER.ID, CUSTOMER.NAME, name, PSA_LINK_ADDITION.STATE,
                        PSA_LINK_ADDITION.PSA_QUANTITY, PSA_LINK_ADDITION.WANTED_QUANTITY)
                .from(PSA_LINK_ADDITION)
                .join(LICENSE_LINK).on(LICENSE_LINK.ID.eq(PSA_LINK_ADDITION.LICENSE_LINK_ID))
                .join(TENANT_LICENSE).on(TENANT_LICENSE.ID.eq(LICENSE_LINK.TENANT_LICENSE_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(TENANT_LICENSE.CUSTOMER_ID))
                .where(waiting())
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID, name, PSA_LINK_ADDITION.LICENSE_LINK_ID)
                .limit(limit)
                .fetch(r -> new Link(r.value1(), r.value2(), r.value3(), r.value4(), SyncState.valueOf(r.value5()),
                        r.value6(), r.value7()));
    }

    public int count() {
        return dsl.fetchCount(DSL.selectOne().from(PSA_LINK_ADDITION)
                .join(LICENSE_LINK).on(LICENSE_LINK.ID.eq(PSA_LINK_ADDITION.LICENSE_LINK_ID))
                .where(waiting()));
    }

    private static Condition waiting() {
        return PSA_LINK_ADDITION.STATE.in(SyncState.EDITED_IN_PSA.name(), SyncState.CUT_OVER_NEEDED.name());
    }
}
