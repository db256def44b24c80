package org.seatkeeper.providers.partnercenter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading a price sheet file: the zip or gzip around it, the CSV by its header names. */
public final class PriceSheets {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).build();

    private PriceSheets() {
    }

    /** Reads a price sheet's CSV; rows whose unit price is not a number are left out. */
    public static List<PriceSheetRow> rows(Reader csv) throws IOException {
        List<PriceSheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new BomSkipping(csv))) {
            for (String required : List.of("ProductId", "SkuId", "TermDuration", "BillingPlan", "Currency", "UnitPrice")) {
                if (parser.getHeaderMap().keySet().stream().noneMatch(required::equalsIgnoreCase)) {
                    throw new IllegalArgumentException("no column " + required);
                }
            }
            for (CSVRecord record : parser) {
                BigDecimal unitPrice = amount(get(record, "UnitPrice"));
                if (unitPrice == null) {
                    continue;
                }
                rows.add(new PriceSheetRow(get(record, "ProductId"), get(record, "SkuId"), get(record, "ProductTitle"),
                        get(record, "SkuTitle"), get(record, "TermDuration"), get(record, "BillingPlan"),
                        get(record, "Market"), get(record, "Currency"), unitPrice, amount(get(record, "ERP Price")),
                        amount(get(record, "PricingTierRangeMin")), get(record, "Segment")));
            }
        }
        return rows;
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The CSV inside a zip (the compressed answer) or a gzip stream, or the bytes themselves. */
    public static InputStream unpacked(byte[] body) throws IOException {
        if (body.length > 3 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body));
            ZipEntry entry = zip.getNextEntry();
            while (entry != null && entry.isDirectory()) {
                entry = zip.getNextEntry();
            }
            if (entry == null) {
                throw new IOException("the zip holds no file");
            }
            return zip;
        }
        if (body.length > 1 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            return new GZIPInputStream(new ByteArrayInputStream(body));
        }
        return new ByteArrayInputStream(body);
    }

    /** Excel-made sheets start with a byte order mark, which would become part of the first header's name. */
    private static final class BomSkipping extends java.io.FilterReader {
        private boolean first = true;

        BomSkipping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    if (n == 1) {
                        return read(buffer, offset, length);
                    }
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n - 1;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    return super.read();
                }
            }
            return c;
        }
    }
}
