package org.seatkeeper.db.psabilling;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.LICENSE_LINK;
import static org.seatkeeper.db.jooq.Tables.SKU_MAPPING;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Tenant licenses that are not billed in the PSA: still in the tenant, bought (purchased above 0), of a SKU Seatkeeper
 * maps to a provider product (free and trial SKUs are not mapped, so they never show), and without a license link.
 */
public final class UnlinkedLicenses {

    private final DSLContext dsl;

    public UnlinkedLicenses(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UnlinkedLicense> ofCustomer(long customerId) {
        return read(TENANT_LICENSE.CUSTOMER_ID.eq(customerId), Integer.MAX_VALUE);
    }

    /** Every customer's, by customer and license name, at most {@code limit}. */
    public List<UnlinkedLicense> all(int limit) {
        return read(CUSTOMER.STATUS.eq("ACTIVE"), limit);
    }

    public int countAll() {
        return dsl.fetchCount(DSL.selectOne().from(TENANT_LICENSE).join(CUSTOMER).on(CUSTOMER.ID.eq(TENANT_LICENSE.CUSTOMER_ID))
                .where(unlinked()).and(CUSTOMER.STATUS.eq("ACTIVE")));
    }

    private List<UnlinkedLicense> read(Condition condition, int limit) {
        // the name the Licenses tab shows: the tenant's, else the SKU mapping's, else the part number
        var mappedName = DSL.field(DSL.select(DSL.min(SKU_MAPPING.NAME)).from(SKU_MAPPING)
                .where(SKU_MAPPING.SKU_ID.equalIgnoreCase(TENANT_LICENSE.SKU_ID)));
        var name = DSL.coalesce(TENANT_LICENSE.NAME, mappedName, TENANT_LICENSE.SKU_PART_NUMBER, TENANT_LICENSE.SKU_ID);
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, TENANT_LICENSE.ID, name, TENANT_LICENSE.PURCHASED)
                .from(TENANT_LICENSE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(TENANT_LICENSE.CUSTOMER_ID))
                .where(unlinked()).and(condition)
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID, name)
                .limit(limit)
                .fetch(r -> new UnlinkedLicense(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static Condition unlinked() {
        return TENANT_LICENSE.PRESENT.isTrue().and(TENANT_LICENSE.PURCHASED.gt(0))
                .andExists(DSL.selectOne().from(SKU_MAPPING).where(SKU_MAPPING.SKU_ID.equalIgnoreCase(TENANT_LICENSE.SKU_ID)))
                .andNotExists(DSL.selectOne().from(LICENSE_LINK).where(LICENSE_LINK.TENANT_LICENSE_ID.eq(TENANT_LICENSE.ID)));
    }
}
