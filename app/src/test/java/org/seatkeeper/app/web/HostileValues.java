package org.seatkeeper.app.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an attacker or a careless paste types into a field: over-long text around every column width, control and
 * invisible direction characters, SQL and HTML metacharacters, template syntax, numbers at the edges of int, long and
 * decimal, impossible and far-off dates, other scripts and digits. About 390 values.
 */
final class HostileValues {

    /** The column widths of the schema, and the powers of two around them: each is tried one below, at and above. */
    private static final int[] WIDTHS = {2, 3, 10, 20, 30, 31, 50, 60, 100, 200, 253, 254, 300, 500, 1000, 2000, 4000};
    private static final List<String> ALL = List.copyOf(all());

    private HostileValues() {
    }

    /**
     * @param limit how many to return, taken evenly from every kind (all of them when larger)
     * @param shift where to start: each field starts elsewhere, so the fields of a run try different values together
     */
    static List<String> spread(int limit, int shift) {
        List<String> all = ALL;
        if (all.size() <= limit) {
            return all;
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            chosen.add(all.get((int) (((long) i * all.size() / limit + shift) % all.size())));
        }
        return chosen;
    }

    static Set<String> all() {
        Set<String> values = new LinkedHashSet<>();
        values.addAll(List.of("", " ", "   ", "\t", "\n", "\r\n", "\u00a0", "\u3000",
                "' OR '1'='1", "'; DROP TABLE app_user; --", "\" OR 1=1 --", "1; SELECT * FROM app_user", "%' --", "\\",
                "\\'", "'", "\"", "`", "NULL", "null", "undefined", "true", "false", "[]", "{}", "--", "/*", "*/",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</textarea><script>x</script>",
                "javascript:alert(1)", "${7*7}", "#{7*7}", "<#assign x=1>${x}", "[#ftl]", "{{7*7}}", "<%= 7*7 %>",
                "&amp;", "&#0;", "&lt;b&gt;", "%00", "%2e%2e%2f", "../../../../etc/passwd", "C:\\Windows\\win.ini",
                "file:///etc/passwd", "http://evil.example/", "//evil.example", "a@b", "a@b.c", "@", "a@b..com",
                "\"a b\"@example.com", "x@" + "e".repeat(250) + ".com",
                "0", "-0", "00", "-1", "1", "+1", " 1 ", "1 000", "1,000", "1.000,5", "1_000", "0x10", "010", "1e3",
                "1e309", "-1e309", "1e-400", "NaN", "Infinity", "-Infinity", "2147483647", "2147483648", "-2147483648",
                "-2147483649", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "-9223372036854775809", "99999999999999999999", "0.00001", "0.000000001", "12.3456789", "-0.01",
                "999999999999999.9999", "1000000000000000000000.00", "9999999999999999999999999999999999999999",
                "\u0661\u0662\u0663", "\uff11\uff12\uff13", "\u0967\u0968", "١٢٣٫٤٥",
                "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-32", "0000-01-01", "0001-01-01", "1899-12-31",
                "1900-01-01", "2024-02-29", "2025-02-29", "9999-12-31", "10000-01-01", "-2026-01-01",
                "+999999999-12-31", "2026-1-1", "01/02/2026", "31.12.2026", "2026-02-01T00:00:00Z", "2026-W05-1",
                "2026-02-01 extra", "today", "P1M", "P1Y", "P3Y", "PT1S", "ADMIN", "admin", "VIEWER ", "MONTHLY", "NONE",
                "USD", "usd", "XXX", "US", "ZZ", "U S", "Europe/London", "Mars/Olympus", "0 0 2 * * *", "* * * * * * *",
                "\ud83d\ude00", "\ud83d\ude00".repeat(40), "e\u0301\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353".repeat(30),
                "\u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d", "\u01c5", "\u0130", "\u00df", "\ufb01",
                "\ufffd", "\ufffe", "\uffff", "\u2028", "\u2029", "\u0085", "\u007f"));
        for (char c = 0; c < 0x20; c++) {
            values.add(String.valueOf(c));
            values.add("a" + c + "b");
        }
        for (String invisible : List.of("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff")) {
            values.add(invisible);
            values.add("12" + invisible + "34");
            values.add("SW1A" + invisible + "1AA");
        }
        for (int width : WIDTHS) {
            for (int length : new int[] {width - 1, width, width + 1}) {
                values.add("a".repeat(length));
            }
            values.add("9".repeat(width + 1));
            values.add("\u20ac".repeat(width + 1));
        }
        values.add("x".repeat(10_000));
        values.add("y".repeat(100_000));
        values.add("z ".repeat(5_000));
        return values;
    }
}
