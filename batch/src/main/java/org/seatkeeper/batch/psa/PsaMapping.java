package org.seatkeeper.batch.psa;

import java.time.Instant;
import java.time.LocalDate;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaAgreementType;
import org.seatkeeper.db.psa.PsaCompany;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.providers.connectwise.CwAgreement;
import org.seatkeeper.providers.connectwise.CwAgreementType;
import org.seatkeeper.providers.connectwise.CwCatalogItem;
import org.seatkeeper.providers.connectwise.CwCompany;
import org.seatkeeper.providers.connectwise.CwReference;

/** ConnectWise records to the rows Seatkeeper keeps; a record without an id cannot be kept and is refused. */
final class PsaMapping {

    private PsaMapping() {
    }

    static PsaCompany company(CwCompany c, Instant at) {
        return new PsaCompany(id(c.id()), orEmpty(c.identifier()), c.name() == null ? orEmpty(c.identifier()) : c.name(),
                name(c.status()), c.website(), true, at);
    }

    static PsaAgreementType agreementType(CwAgreementType t, Instant at) {
        return new PsaAgreementType(id(t.id()), orEmpty(t.name()), Boolean.TRUE.equals(t.inactiveFlag()), t.prorateFlag(),
                true, at);
    }

    static PsaAgreement agreement(CwAgreement a, Instant at) {
        if (a.company() == null || a.company().id() == null) {
            throw new IllegalArgumentException("the agreement has no company");
        }
        return new PsaAgreement(id(a.id()), a.company().id(), orEmpty(a.name()), a.type() == null ? null : a.type().id(),
                name(a.type()), a.agreementStatus() == null ? "Unknown" : a.agreementStatus(),
                Boolean.TRUE.equals(a.prorateFlag()), date(a.startDate()), date(a.endDate()),
                Boolean.TRUE.equals(a.cancelledFlag()), a.parentAgreement() == null ? null : a.parentAgreement().id(), true, at);
    }

    static PsaProduct product(CwCatalogItem p, String currency, Instant at) {
        return new PsaProduct(id(p.id()), orEmpty(p.identifier()), p.description(), Boolean.TRUE.equals(p.inactiveFlag()),
                p.price(), p.cost(), currency, true, at);
    }

    private static long id(Long id) {
        if (id == null) {
            throw new IllegalArgumentException("the record has no id");
        }
        return id;
    }

    private static String name(CwReference reference) {
        return reference == null ? null : reference.name();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** ConnectWise writes dates as instants at midnight UTC ("2026-01-01T00:00:00Z"). */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable date " + value);
        }
    }
}
