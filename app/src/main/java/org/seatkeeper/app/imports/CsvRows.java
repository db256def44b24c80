package org.seatkeeper.app.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV file as header-keyed rows (RFC 4180: commas or semicolons, quoted fields, doubled quotes). */
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

    static CsvRows parse(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            return new CsvRows(List.of(), List.of());
        }
        List<String> headers = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size() && c < fields.size(); c++) {
                values.put(headers.get(c), fields.get(c));
            }
            rows.add(new Row(i + 1, values, fields.size()));
        }
        return new CsvRows(headers, rows);
    }

    private static List<List<String>> records(String text) {
        char separator = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
