package org.seatkeeper.app.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.imports.ColumnMapping;

/**
 * What is wrong with an uploaded file as a whole, said once by the field it concerns rather than on every row: no
 * file, an empty one, one that is not text or not CSV, a column the mapping names and the header does not have, no rows.
 */
final class ImportFileRules {

    private ImportFileRules() {
    }

    /** The file's problem (by the "file" field), or its rows. */
    static CsvRows read(FormModel form, String fileName, String text) {
        if (fileName.isEmpty()) {
            form.error("file", "Choose the CSV file exported from the distributor's portal.");
            return null;
        }
        if (text.isBlank()) {
            form.error("file", "The file " + fileName + " is empty.");
            return null;
        }
        if (CsvRows.looksBinary(text)) {
            form.error("file", "This does not look like a CSV file: " + fileName + " is not text. Export the "
                    + "subscriptions from the distributor's portal as CSV and upload that file.");
            return null;
        }
        try {
            return CsvRows.parse(text);
        } catch (CsvRows.UnreadableCsvException e) {
            form.error("file", "The file " + fileName + " cannot be read as CSV (" + e.getMessage() + "). Export it "
                    + "from the distributor's portal as CSV again and upload that file.");
            return null;
        }
    }

    /** Each mapped column the header lacks, by its field; then, if the columns are there, a file without rows. */
    static void check(FormModel form, CsvRows file, ColumnMapping m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subscriptionColumn", m.subscriptionColumn());
        fields.put("offerColumn", m.offerColumn());
        fields.put("nameColumn", m.nameColumn());
        fields.put("quantityColumn", m.quantityColumn());
        fields.put("startColumn", m.startColumn());
        if (m.termEndColumn() != null) {
            fields.put("termEndColumn", m.termEndColumn());
        }
        String present = String.join(", ", file.headers());
        fields.forEach((field, column) -> {
            if (!file.missing(List.of(column)).isEmpty()) {
                form.error(field, "The file has no column \"" + column + "\"; its columns are: " + present + ".");
            }
        });
        if (!form.hasErrors() && file.rows().isEmpty()) {
            form.error("file", "The file has no rows under its header line.");
        }
    }
}
