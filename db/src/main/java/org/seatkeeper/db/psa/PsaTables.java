package org.seatkeeper.db.psa;

import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT;
import static org.seatkeeper.db.jooq.Tables.PSA_AGREEMENT_TYPE;
import static org.seatkeeper.db.jooq.Tables.PSA_COMPANY;
import static org.seatkeeper.db.jooq.Tables.PSA_PRODUCT;

import java.time.Instant;
import org.jooq.Field;
import org.jooq.Table;

/** The table, presence flag and refresh stamp of each kind of PSA data. */
final class PsaTables {

    private PsaTables() {
    }

    static Table<?> table(PsaDataKind kind) {
        return switch (kind) {
            case COMPANIES -> PSA_COMPANY;
            case AGREEMENT_TYPES -> PSA_AGREEMENT_TYPE;
            case AGREEMENTS -> PSA_AGREEMENT;
            case PRODUCTS -> PSA_PRODUCT;
        };
    }

    static Field<Boolean> present(PsaDataKind kind) {
        return switch (kind) {
            case COMPANIES -> PSA_COMPANY.PRESENT;
            case AGREEMENT_TYPES -> PSA_AGREEMENT_TYPE.PRESENT;
            case AGREEMENTS -> PSA_AGREEMENT.PRESENT;
            case PRODUCTS -> PSA_PRODUCT.PRESENT;
        };
    }

    static Field<Instant> refreshedAt(PsaDataKind kind) {
        return switch (kind) {
            case COMPANIES -> PSA_COMPANY.REFRESHED_AT;
            case AGREEMENT_TYPES -> PSA_AGREEMENT_TYPE.REFRESHED_AT;
            case AGREEMENTS -> PSA_AGREEMENT.REFRESHED_AT;
            case PRODUCTS -> PSA_PRODUCT.REFRESHED_AT;
        };
    }
}
