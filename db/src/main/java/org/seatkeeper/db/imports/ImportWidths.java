package org.seatkeeper.db.imports;

import static org.seatkeeper.db.jooq.Tables.IMPORT_COLUMN_MAPPING;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.stream.Stream;
import org.jooq.Field;

/**
 * How long each value a CSV import writes may be: the widths of the columns it goes to, read from the generated jOOQ
 * tables, so they follow the migrations and a too-long value is refused on its line instead of by the database.
 */
public final class ImportWidths {

    /** The subscription's id at the provider. */
    public static final int SUBSCRIPTION_ID = width(SUBSCRIPTION.EXTERNAL_ID);
    /** The offer or SKU id, kept on the product the row is for. */
    public static final int OFFER = width(PRODUCT.OFFER_ID);
    /** The name, kept on the subscription and, for an offer the catalog lacks, on its new product. */
    public static final int NAME = Math.min(width(SUBSCRIPTION.NAME), width(PRODUCT.NAME));
    /** A column header the mapping remembers. */
    public static final int COLUMN_HEADER = Stream.of(IMPORT_COLUMN_MAPPING.SUBSCRIPTION_COLUMN,
            IMPORT_COLUMN_MAPPING.OFFER_COLUMN, IMPORT_COLUMN_MAPPING.NAME_COLUMN, IMPORT_COLUMN_MAPPING.QUANTITY_COLUMN,
            IMPORT_COLUMN_MAPPING.START_COLUMN, IMPORT_COLUMN_MAPPING.TERM_END_COLUMN)
            .mapToInt(ImportWidths::width).min().orElseThrow();

    private ImportWidths() {
    }

    private static int width(Field<String> column) {
        return column.getDataType().length();
    }
}
