package org.seatkeeper.db.psa;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER_PSA_COMPANY;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.CustomerPsaCompanyRecord;

/** Which ConnectWise company each customer is (one each way), and its contact sync. No transaction code. */
public final class CustomerCompanyRepository {

    private static final int PROBLEM_LENGTH = 1000;

    private final DSLContext dsl;

    public CustomerCompanyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CustomerCompany> find(long customerId) {
        return dsl.selectFrom(CUSTOMER_PSA_COMPANY).where(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.eq(customerId))
                .fetchOptional(CustomerCompanyRepository::toLink);
    }

    /** The customer the company is linked to, if any. */
    public Optional<Long> customerOfCompany(long psaCompanyId) {
        return dsl.select(CUSTOMER_PSA_COMPANY.CUSTOMER_ID).from(CUSTOMER_PSA_COMPANY)
                .where(CUSTOMER_PSA_COMPANY.PSA_COMPANY_ID.eq(psaCompanyId)).fetchOptional(CUSTOMER_PSA_COMPANY.CUSTOMER_ID);
    }

    /** Company id → customer id for every linked company: what a suggestion must not offer again. */
    public Map<Long, Long> linkedCompanies() {
        return dsl.select(CUSTOMER_PSA_COMPANY.PSA_COMPANY_ID, CUSTOMER_PSA_COMPANY.CUSTOMER_ID).from(CUSTOMER_PSA_COMPANY)
                .fetchMap(CUSTOMER_PSA_COMPANY.PSA_COMPANY_ID, CUSTOMER_PSA_COMPANY.CUSTOMER_ID);
    }

    public void link(long customerId, long psaCompanyId, boolean contactSync, String actor, Instant now) {
        dsl.insertInto(CUSTOMER_PSA_COMPANY)
                .set(CUSTOMER_PSA_COMPANY.CUSTOMER_ID, customerId)
                .set(CUSTOMER_PSA_COMPANY.PSA_COMPANY_ID, psaCompanyId)
                .set(CUSTOMER_PSA_COMPANY.CONTACT_SYNC, contactSync)
                .set(CUSTOMER_PSA_COMPANY.LINKED_AT, now)
                .set(CUSTOMER_PSA_COMPANY.LINKED_BY, actor)
                .execute();
    }

    /** Another company, or contact sync turned on or off; the last contact sync's outcome stays until the next. */
    public void update(long customerId, long psaCompanyId, boolean contactSync, String actor, Instant now, int expectedVersion) {
        int rows = dsl.update(CUSTOMER_PSA_COMPANY)
                .set(CUSTOMER_PSA_COMPANY.PSA_COMPANY_ID, psaCompanyId)
                .set(CUSTOMER_PSA_COMPANY.CONTACT_SYNC, contactSync)
                .set(CUSTOMER_PSA_COMPANY.LINKED_AT, now)
                .set(CUSTOMER_PSA_COMPANY.LINKED_BY, actor)
                .set(CUSTOMER_PSA_COMPANY.VERSION, CUSTOMER_PSA_COMPANY.VERSION.plus(1))
                .where(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.eq(customerId))
                .and(CUSTOMER_PSA_COMPANY.VERSION.eq(expectedVersion))
                .execute();
        if (rows != 1) {
            throw new OptimisticLockException("The customer's ConnectWise company link");
        }
    }

    /** Customers among {@code customerIds} that have a company already (a bulk link leaves them alone). */
    public java.util.Set<Long> linkedAmong(Collection<Long> customerIds) {
        return dsl.select(CUSTOMER_PSA_COMPANY.CUSTOMER_ID).from(CUSTOMER_PSA_COMPANY)
                .where(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.in(customerIds)).fetchSet(CUSTOMER_PSA_COMPANY.CUSTOMER_ID);
    }

    /** @param problem null when the contact sync worked */
    public void recordContactSync(long customerId, Instant at, String problem) {
        dsl.update(CUSTOMER_PSA_COMPANY)
                .set(CUSTOMER_PSA_COMPANY.CONTACTS_SYNCED_AT, at)
                .set(CUSTOMER_PSA_COMPANY.CONTACTS_PROBLEM, problem == null || problem.length() <= PROBLEM_LENGTH ? problem
                        : problem.substring(0, PROBLEM_LENGTH))
                .where(CUSTOMER_PSA_COMPANY.CUSTOMER_ID.eq(customerId))
                .execute();
    }

    private static CustomerCompany toLink(CustomerPsaCompanyRecord r) {
        return new CustomerCompany(r.getCustomerId(), r.getPsaCompanyId(), r.getContactSync(), r.getLinkedAt(),
                r.getLinkedBy(), r.getContactsSyncedAt(), r.getContactsProblem(), r.getVersion());
    }
}
