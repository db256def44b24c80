package org.seatkeeper.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as header-keyed rows (RFC 4180 by Commons CSV: commas or semicolons, quoted fields, doubled quotes). */
record CsvRows(List<String> headers, List<Row> rows) {

    /** @param values by header, only for the fields the line has (a short line lacks the last ones) */
    record Row(int line, Map<String, String> values, int fieldCount) {
        String get(String header) {
            String value = header == null ? null : values.get(header);
            return value == null ? "" : value.strip();
        }

        boolean has(String header) {
            return values.containsKey(header);
        }
    }

    /** The columns of these that the header line does not have, in the order given. */
    List<String> missing(List<String> columns) {
        return columns.stream().filter(column -> !headers.contains(column)).toList();
    }

    /**
     * A text file has no NUL or other control characters (tabs and line breaks aside) and, read as UTF-8, few
     * undecodable bytes (a Windows-1252 export's accented letters are some, a spreadsheet or zip file is mostly them).
     */
    static boolean looksBinary(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        long undecodable = text.chars().filter(c -> c == '\uFFFD').count();
        return control > 0 || undecodable > text.length() / 20;
    }

    /**
     * The rows of a CSV text, read with Commons CSV (RFC 4180, commas or, when the header line has semicolons and no
     * comma, semicolons). A quote left open at the end of the file or text after a closing quote is taken as it
     * stands rather than refused: a distributor's export is read as far as it goes.
     *
     * @throws UnreadableCsvException when even that leniency cannot read it
     */
    static CsvRows parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(body, format(body))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableCsvException(e.getMessage());
        }
        if (records.isEmpty()) {
            return new CsvRows(List.of(), List.of());
        }
        List<String> headers = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size() && c < record.size(); c++) {
                values.put(headers.get(c), record.get(c));
            }
            // records are counted from the header's 1, blank lines included, as people count the file's lines
            rows.add(new Row((int) record.getRecordNumber(), values, record.size()));
        }
        return new CsvRows(headers, rows);
    }

    private static CSVFormat format(String text) {
        String header = firstLine(text);
        char separator = header.contains(";") && !header.contains(",") ? ';' : ',';
        return CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .build();
    }

    /** A text Commons CSV cannot read as CSV; the message says where. */
    static final class UnreadableCsvException extends RuntimeException {
        UnreadableCsvException(String message) {
            super(message);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
