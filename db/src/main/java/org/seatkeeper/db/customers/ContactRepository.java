package org.seatkeeper.db.customers;

import static org.seatkeeper.db.jooq.Tables.CONTACT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;

/**
 * Contacts of a customer. The first contact becomes primary; {@link #setPrimary} moves the flag. The database holds
 * "at most one primary" (uq_contact_primary); this class keeps "at least one", so callers run it in one transaction.
 */
public final class ContactRepository {

    private final DSLContext dsl;

    public ContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Primary first, then by name. */
    public List<Contact> byCustomer(long customerId) {
        return dsl.select(CONTACT.asterisk())
                .from(CONTACT)
                .where(CONTACT.CUSTOMER_ID.eq(customerId))
                .orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.LAST_NAME, CONTACT.FIRST_NAME, CONTACT.ID)
                .fetch(ContactRepository::toContact);
    }

    public Optional<Contact> find(long id) {
        return dsl.select(CONTACT.asterisk())
                .from(CONTACT)
                .where(CONTACT.ID.eq(id))
                .fetchOptional(ContactRepository::toContact);
    }

    public Optional<Contact> primaryOf(long customerId) {
        return dsl.select(CONTACT.asterisk())
                .from(CONTACT)
                .where(CONTACT.CUSTOMER_ID.eq(customerId))
                .and(CONTACT.IS_PRIMARY.isTrue())
                .fetchOptional(ContactRepository::toContact);
    }

    /** The customer's first contact becomes its primary contact. */
    public long insert(long customerId, ContactDetails details) {
        boolean first = !dsl.fetchExists(CONTACT, CONTACT.CUSTOMER_ID.eq(customerId));
        return dsl.insertInto(CONTACT)
                .set(CONTACT.CUSTOMER_ID, customerId)
                .set(CONTACT.FIRST_NAME, details.firstName())
                .set(CONTACT.LAST_NAME, details.lastName())
                .set(CONTACT.EMAIL, details.email())
                .set(CONTACT.PHONE, details.phone())
                .set(CONTACT.IS_PRIMARY, first)
                .returning(CONTACT.ID)
                .fetchOne(CONTACT.ID);
    }

    public void update(long id, ContactDetails details, int expectedVersion) {
        int rows = dsl.update(CONTACT)
                .set(CONTACT.FIRST_NAME, details.firstName())
                .set(CONTACT.LAST_NAME, details.lastName())
                .set(CONTACT.EMAIL, details.email())
                .set(CONTACT.PHONE, details.phone())
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.ID.eq(id))
                .and(CONTACT.VERSION.eq(expectedVersion))
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("This contact");
        }
    }

    /** Makes {@code contactId} the only primary contact of its customer. */
    public void setPrimary(long customerId, long contactId) {
        if (!dsl.fetchExists(CONTACT, CONTACT.ID.eq(contactId).and(CONTACT.CUSTOMER_ID.eq(customerId)))) {
            throw new IllegalArgumentException("Contact " + contactId + " does not belong to customer " + customerId);
        }
        // clear first: uq_contact_primary is checked per statement
        dsl.update(CONTACT)
                .set(CONTACT.IS_PRIMARY, false)
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.CUSTOMER_ID.eq(customerId))
                .and(CONTACT.IS_PRIMARY.isTrue())
                .and(CONTACT.ID.ne(contactId))
                .execute();
        dsl.update(CONTACT)
                .set(CONTACT.IS_PRIMARY, true)
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .where(CONTACT.ID.eq(contactId))
                .and(CONTACT.IS_PRIMARY.isFalse())
                .execute();
    }

    private static Contact toContact(Record r) {
        return new Contact(r.get(CONTACT.ID), r.get(CONTACT.CUSTOMER_ID),
                new ContactDetails(r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME), r.get(CONTACT.EMAIL),
                        r.get(CONTACT.PHONE)), r.get(CONTACT.IS_PRIMARY), r.get(CONTACT.VERSION));
    }
}
