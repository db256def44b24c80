package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.concat;
import static org.seatkeeper.db.mismatch.CandidateFields.text;
import static org.jooq.impl.DSL.select;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import org.jooq.Select;

/** The per-provider-account checks, as set-based candidate queries over every account. */
public final class AccountChecks {

    private AccountChecks() {
    }

    /** Unmapped: a provider account still reported by its provider and mapped to no customer. */
    public static Select<?> unmappedAccounts() {
        CandidateFields fields = CandidateFields.of(CheckKind.UNMAPPED, SubjectType.PROVIDER_ACCOUNT,
                        PROVIDER_ACCOUNT.ID,
                        coalesce(PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN, PROVIDER_ACCOUNT.EXTERNAL_ID),
                        text(Direction.UNDER_BILLING.name()))
                .withOwners(PROVIDER_ACCOUNT.PROVIDER_ID, PROVIDER_ACCOUNT.CUSTOMER_ID,
                        org.jooq.impl.DSL.castNull(org.jooq.impl.SQLDataType.BIGINT), PROVIDER_ACCOUNT.ID,
                        org.jooq.impl.DSL.castNull(org.jooq.impl.SQLDataType.BIGINT))
                .withDetail(concat(text("Provider account "), PROVIDER_ACCOUNT.EXTERNAL_ID,
                        text(" at "), PROVIDER.NAME, text(" has no customer: its subscriptions cannot be billed")));
        return select(fields.selectList())
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(PROVIDER_ACCOUNT.STATUS.eq("ACTIVE"))
                .and(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull());
    }
}
