package org.seatkeeper.db.mismatch;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.RELATIONSHIP_INVITATION;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The morning report's lists other than findings and jobs; each bounded, with the count of all. */
public final class MorningReportQueries {

    public static final int MAX_LINES = 200;

    private final DSLContext dsl;

    public MorningReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Provider accounts first seen in [from, to) that are still not mapped to a customer. */
    public List<ReportLine> newUnmappedAccounts(Instant from, Instant to) {
        return dsl.select(PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.DOMAIN,
                        PROVIDER_ACCOUNT.EXTERNAL_ID, PROVIDER.NAME, PROVIDER_ACCOUNT.FIRST_SEEN_AT)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull())
                .and(PROVIDER_ACCOUNT.STATUS.eq("ACTIVE"))
                .and(PROVIDER_ACCOUNT.FIRST_SEEN_AT.ge(from))
                .and(PROVIDER_ACCOUNT.FIRST_SEEN_AT.lt(to))
                .orderBy(PROVIDER_ACCOUNT.FIRST_SEEN_AT, PROVIDER_ACCOUNT.ID)
                .limit(MAX_LINES)
                .fetch(r -> new ReportLine(r.get(PROVIDER_ACCOUNT.ID), firstOf(r.get(PROVIDER_ACCOUNT.COMPANY_NAME),
                        r.get(PROVIDER_ACCOUNT.DOMAIN), r.get(PROVIDER_ACCOUNT.EXTERNAL_ID)), null,
                        r.get(PROVIDER.NAME), null, null, "/provider-accounts/" + r.get(PROVIDER_ACCOUNT.ID)));
    }

    /** Live subscriptions whose NCE cancellation window closes in [from, to]. */
    public List<ReportLine> cancellationWindowsClosing(LocalDate from, LocalDate to) {
        return subscriptions(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL, from, to);
    }

    /** Live subscriptions whose term ends (renews) in [from, to]. */
    public List<ReportLine> renewals(LocalDate from, LocalDate to) {
        return subscriptions(SUBSCRIPTION.TERM_END_DATE, from, to);
    }

    /** Reseller relationship invitations sent and not accepted yet, oldest first. */
    public List<ReportLine> invitationsAwaiting() {
        return dsl.select(RELATIONSHIP_INVITATION.ID, RELATIONSHIP_INVITATION.RECIPIENT, RELATIONSHIP_INVITATION.CUSTOMER_ID,
                        RELATIONSHIP_INVITATION.SENT_AT, CUSTOMER.NAME, PROVIDER.NAME)
                .from(RELATIONSHIP_INVITATION)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(RELATIONSHIP_INVITATION.CUSTOMER_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(RELATIONSHIP_INVITATION.PROVIDER_ID))
                .where(RELATIONSHIP_INVITATION.STATUS.eq("SENT"))
                .orderBy(RELATIONSHIP_INVITATION.SENT_AT)
                .limit(MAX_LINES)
                .fetch(r -> new ReportLine(r.get(RELATIONSHIP_INVITATION.ID),
                        "Invitation to " + r.get(RELATIONSHIP_INVITATION.RECIPIENT), r.get(CUSTOMER.NAME),
                        r.get(PROVIDER.NAME), null, r.get(RELATIONSHIP_INVITATION.SENT_AT) == null ? null
                        : r.get(RELATIONSHIP_INVITATION.SENT_AT).atZone(ZoneOffset.UTC).toLocalDate(),
                        "/customers/" + r.get(RELATIONSHIP_INVITATION.CUSTOMER_ID)));
    }

    private List<ReportLine> subscriptions(Field<LocalDate> date, LocalDate from, LocalDate to) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.NAME, CUSTOMER.NAME, PROVIDER.NAME, SUBSCRIPTION.QUANTITY, date)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(SUBSCRIPTION.PROVIDER_ID))
                .where(date.between(from, to))
                .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED"))
                .orderBy(date, CUSTOMER.NAME, SUBSCRIPTION.ID)
                .limit(MAX_LINES)
                .fetch(r -> new ReportLine(r.get(SUBSCRIPTION.ID), r.get(SUBSCRIPTION.NAME), r.get(CUSTOMER.NAME),
                        r.get(PROVIDER.NAME), r.get(SUBSCRIPTION.QUANTITY), r.get(date),
                        "/subscriptions/" + r.get(SUBSCRIPTION.ID)));
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
