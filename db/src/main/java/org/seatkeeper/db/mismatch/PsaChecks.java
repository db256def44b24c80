package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.BILLING_PROFILE;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.LICENSE_LINK;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PSA_LINK_ADDITION;
import static org.seatkeeper.db.jooq.Tables.SKU_MAPPING;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;
import static org.seatkeeper.db.mismatch.CandidateFields.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The per customer and SKU checks (subject {@link SubjectType#CUSTOMER_SKU}, the tenant license's id), as set-based
 * candidate queries: PSA vs Seatkeeper (B, what the PSA sync last saw billed in ConnectWise for the license's links,
 * against what Seatkeeper bills: S, or the tenant's purchased count where the link bills that, never below the link's
 * minimum) and unassigned (E - A > 0, the idle seats at the customer's price, and whether the NCE window still allows
 * a decrease).
 */
public final class PsaChecks {

    private PsaChecks() {
    }

    private static Field<String> subjectName() {
        return concat(CUSTOMER.NAME, text(": "), coalesce(TENANT_LICENSE.NAME, TENANT_LICENSE.SKU_PART_NUMBER,
                TENANT_LICENSE.SKU_ID));
    }

    /** B != S for a linked license: the license's links' additions in ConnectWise bill another quantity than Seatkeeper. */
    public static Select<?> psaVsSeatkeeper() {
        Field<Integer> billed = sum(PSA_LINK_ADDITION.PSA_QUANTITY).cast(SQLDataType.INTEGER);
        Field<Integer> seatkeeper = sum(PSA_LINK_ADDITION.SEATKEEPER_QUANTITY).cast(SQLDataType.INTEGER);
        Field<Integer> wanted = sum(PSA_LINK_ADDITION.WANTED_QUANTITY).cast(SQLDataType.INTEGER);
        Field<Integer> difference = billed.minus(wanted);
        CandidateFields fields = CandidateFields.of(CheckKind.PSA_VS_SEATKEEPER, SubjectType.CUSTOMER_SKU,
                        TENANT_LICENSE.ID, subjectName(),
                        when(billed.lt(wanted), text(Direction.UNDER_BILLING.name())).otherwise(text(Direction.OVER_BILLING.name())))
                .withOwners(DSL.castNull(SQLDataType.BIGINT), TENANT_LICENSE.CUSTOMER_ID, DSL.castNull(SQLDataType.BIGINT),
                        DSL.castNull(SQLDataType.BIGINT), DSL.castNull(SQLDataType.BIGINT))
                .withNumbers(DSL.castNull(SQLDataType.INTEGER), seatkeeper, DSL.castNull(SQLDataType.INTEGER), difference)
                .withTenantNumbers(billed, max(TENANT_LICENSE.PURCHASED), max(TENANT_LICENSE.ASSIGNED))
                .withPrice(max(BILLING_PROFILE.UNIT_PRICE), max(BILLING_PROFILE.CURRENCY))
                .withDetail(concat(text("ConnectWise bills "), billed.cast(SQLDataType.VARCHAR(12)),
                        text(" on the linked agreement additions; Seatkeeper bills "), wanted.cast(SQLDataType.VARCHAR(12)),
                        text(" (subscriptions: "), seatkeeper.cast(SQLDataType.VARCHAR(12)),
                        text("). The PSA sync page says why (a hand edit in ConnectWise, a cut-over, a failed write).")));
        return select(fields.selectList())
                .from(PSA_LINK_ADDITION)
                .join(LICENSE_LINK).on(LICENSE_LINK.ID.eq(PSA_LINK_ADDITION.LICENSE_LINK_ID))
                .join(TENANT_LICENSE).on(TENANT_LICENSE.ID.eq(LICENSE_LINK.TENANT_LICENSE_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(TENANT_LICENSE.CUSTOMER_ID))
                .join(BILLING_PROFILE).on(BILLING_PROFILE.ID.eq(LICENSE_LINK.BILLING_PROFILE_ID))
                .where(PSA_LINK_ADDITION.PSA_QUANTITY.isNotNull())
                .and(PSA_LINK_ADDITION.WANTED_QUANTITY.isNotNull())
                .groupBy(TENANT_LICENSE.ID, TENANT_LICENSE.CUSTOMER_ID, CUSTOMER.NAME, TENANT_LICENSE.NAME,
                        TENANT_LICENSE.SKU_PART_NUMBER, TENANT_LICENSE.SKU_ID)
                .having(billed.ne(wanted));
    }

    /**
     * E - A > 0: seats bought in the tenant that nobody holds, at the customer's price of the subscriptions behind the
     * SKU; the detail says whether a decrease is still allowed (the latest NCE cancellation window of those
     * subscriptions has not closed on {@code businessDate}) or must wait for the renewal.
     */
    public static Select<?> unassigned(LocalDate businessDate) {
        Condition behind = BILLING_CONTRACT.CUSTOMER_ID.eq(TENANT_LICENSE.CUSTOMER_ID)
                .and(SUBSCRIPTION.STATUS.eq("ACTIVE"))
                .and(lower(SKU_MAPPING.SKU_ID).eq(lower(TENANT_LICENSE.SKU_ID)))
                .and(PRODUCT.OFFER_ID.equalIgnoreCase(SKU_MAPPING.PRODUCT_REF)
                        .or(lower(PRODUCT.OFFER_ID).like(lower(concat(SKU_MAPPING.PRODUCT_REF, inline(":%"))))));
        Field<BigDecimal> price = field(select(max(SUBSCRIPTION.UNIT_PRICE)).from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .crossJoin(SKU_MAPPING).where(behind));
        Field<String> currency = field(select(max(coalesce(SUBSCRIPTION.CURRENCY, PRODUCT.CURRENCY))).from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .crossJoin(SKU_MAPPING).where(behind));
        Field<LocalDate> window = field(select(max(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL)).from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .crossJoin(SKU_MAPPING).where(behind));
        Field<Integer> idle = TENANT_LICENSE.PURCHASED.minus(TENANT_LICENSE.ASSIGNED);
        CandidateFields fields = CandidateFields.of(CheckKind.UNASSIGNED, SubjectType.CUSTOMER_SKU, TENANT_LICENSE.ID,
                        subjectName(), text(Direction.OVER_BILLING.name()))
                .withOwners(DSL.castNull(SQLDataType.BIGINT), TENANT_LICENSE.CUSTOMER_ID, DSL.castNull(SQLDataType.BIGINT),
                        DSL.castNull(SQLDataType.BIGINT), DSL.castNull(SQLDataType.BIGINT))
                .withNumbers(DSL.castNull(SQLDataType.INTEGER), DSL.castNull(SQLDataType.INTEGER),
                        DSL.castNull(SQLDataType.INTEGER), idle)
                .withTenantNumbers(DSL.castNull(SQLDataType.INTEGER), TENANT_LICENSE.PURCHASED, TENANT_LICENSE.ASSIGNED)
                .withPrice(price, currency)
                .withDetail(concat(idle.cast(SQLDataType.VARCHAR(12)), text(" of "),
                        TENANT_LICENSE.PURCHASED.cast(SQLDataType.VARCHAR(12)), text(" seats are assigned to nobody. "),
                        when(window.ge(inline(businessDate)), concat(text("The NCE window still allows a decrease until "),
                                window.cast(SQLDataType.VARCHAR(10)), text(".")))
                                .when(window.isNotNull(), text("The NCE window has closed: a decrease waits for the renewal."))
                                .otherwise(text("No Seatkeeper subscription behind it says when a decrease is allowed."))));
        return select(fields.selectList())
                .from(TENANT_LICENSE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(TENANT_LICENSE.CUSTOMER_ID))
                .where(TENANT_LICENSE.PRESENT.isTrue())
                .and(TENANT_LICENSE.PURCHASED.gt(TENANT_LICENSE.ASSIGNED));
    }
}
