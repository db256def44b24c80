package org.seatkeeper.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.ContractStatus;
import org.seatkeeper.db.imports.ColumnMapping;
import org.seatkeeper.db.imports.ImportWidths;

/**
 * The CSV import's rules, row by row and file by file: what the preview says of each (ImportRulesIT walks a preview and
 * an import through the page). The file has the default columns of a distributor export.
 */
class ImportRowsTest {

    private static final String HEADER = "Subscription ID,SKU,Product,Quantity,Start Date,End Date\n";
    private static final BillingContract CONTRACT = new BillingContract(3, 1, "Main", "USD", BillingCycle.MONTHLY, 1,
            LocalDate.of(2026, 1, 1), null, ContractStatus.ACTIVE, false, Instant.EPOCH, 0);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            RM-2,SKU-R,Short                                | The row has 3 columns; the header has 6.
            RM-3,SKU-R,Huge,99999999999,2026-02-01,         | The quantity "99999999999" is too large.
            NV-1,SKU,Thing,many,2026-02-01,                 | The quantity "many" is not a whole number.
            NV-1,SKU,Thing,2.5,2026-02-01,                  | The quantity "2.5" is not a whole number.
            NV-2,SKU,Thing,0,2026-02-01,                    | A new subscription needs at least one license.
            NV-2,SKU,Thing,-4,2026-02-01,                   | A new subscription needs at least one license.
            NV-3,SKU,Thing,1000001,2026-02-01,              | A subscription has at most 1,000,000 licenses.
            RM-4,SKU-R,Backwards,1,2026-02-01,2026-01-01    | The term end 2026-01-01 is before the start 2026-02-01.
            D-1,SKU,Thing,1,01/02/2026,                     | A date is not in the form YYYY-MM-DD (01/02/2026).
            D-2,SKU,Thing,1,2026-02-01,2026-02-30           | A date is not in the form YYYY-MM-DD (2026-02-30).
            D-3,SKU,Thing,1,0000-01-01,                     | A date is not in the form YYYY-MM-DD (0000-01-01).
            D-4,SKU,Thing,1,,                               | The start date (column "Start Date") is empty.
            ,SKU,Thing,1,2026-02-01,                        | The subscription id (column "Subscription ID") is empty.
            E-1,,Thing,1,2026-02-01,                        | The SKU (column "SKU") is empty.
            """)
    void shouldSayWhatIsWrongWithARow(String row, String message) {
        // when
        ImportPlan.Line line = planOf(row);

        // then
        assertThat(line.action()).isEqualTo(ImportPlan.Action.ERROR);
        assertThat(line.error()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} from {3}")
    @CsvSource(delimiter = '|', textBlock = """
            RM-1,SKU-R,Fine,2,2026-02-01,2027-01-31       | 2       | 2026-02-01 | 2027-01-31
            RM-1,SKU-R,Fine,1000000,2026-02-01,           | 1000000 | 2026-02-01 |
            RM-1,SKU-R,,1,2026-02-01,2026-02-01           | 1       | 2026-02-01 | 2026-02-01
            """)
    void shouldCreateASubscriptionOfAGoodRow(String row, int quantity, LocalDate start, LocalDate end) {
        // when
        ImportPlan.Line line = planOf(row);

        // then
        assertThat(line.error()).isNull();
        assertThat(line.action()).isEqualTo(ImportPlan.Action.CREATE);
        assertThat(line.quantity()).isEqualTo(quantity);
        assertThat(line.start()).isEqualTo(start);
        assertThat(line.termEnd()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} longer than it fits")
    @CsvSource(delimiter = '|', textBlock = """
            subscription id | Subscription ID
            SKU             | SKU
            name            | Product
            """)
    void shouldRefuseAValueLongerThanItsColumnKeeps(String what, String column) {
        // given
        int width = switch (what) {
            case "subscription id" -> ImportWidths.SUBSCRIPTION_ID;
            case "SKU" -> ImportWidths.OFFER;
            default -> ImportWidths.NAME;
        };
        String tooLong = "x".repeat(width + 1);
        String row = switch (what) {
            case "subscription id" -> tooLong + ",SKU,Thing,1,2026-02-01,";
            case "SKU" -> "L-1," + tooLong + ",Thing,1,2026-02-01,";
            default -> "L-1,SKU," + tooLong + ",1,2026-02-01,";
        };

        // when
        ImportPlan.Line line = planOf(row);

        // then
        assertThat(line.error()).isEqualTo("The " + what + " (column \"" + column + "\") has " + (width + 1)
                + " characters; at most " + width + " fit.");
    }

    @ParameterizedTest(name = "file {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty.csv  | ``                      | file           | The file empty.csv is empty.
            blank.csv  | `  `                    | file           | The file blank.csv is empty.
            ``         | `a,b`                   | file           | Choose the CSV file exported from the distributor's portal.
            foo.csv    | `Foo,Bar\n1,2\n3,4\n`   | quantityColumn | The file has no column "Quantity"; its columns are: Foo, Bar.
            header.csv | `Subscription ID,SKU,Product,Quantity,Start Date,End Date\n` | file | The file has no rows under its header line.
            """)
    void shouldSayOnceWhatIsWrongWithTheWholeFile(String fileName, String text, String field, String message) {
        // given
        FormModel form = FormModel.empty();

        // when
        CsvRows rows = ImportFileRules.read(form, fileName, text.replace("\\n", "\n"));
        if (rows != null) {
            ImportFileRules.check(form, rows, ColumnMapping.defaults());
        }

        // then
        assertThat(form.getErrors()).containsEntry(field, message);
    }

    @ParameterizedTest(name = "a binary {0}")
    @CsvSource({"export.csv", "subscriptions.xlsx"})
    void shouldSayAFileThatIsNotTextIsNotCsv(String fileName) {
        // given
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 256);
        }
        FormModel form = FormModel.empty();

        // when
        CsvRows rows = ImportFileRules.read(form, fileName, new String(binary, java.nio.charset.StandardCharsets.UTF_8));

        // then
        assertThat(rows).isNull();
        assertThat(form.getErrors()).containsOnlyKeys("file");
        assertThat(form.getErrors().get("file")).contains("does not look like a CSV file").contains(fileName);
    }

    /** What the preview plans for the one row under the header, for a provider that knows none of its subscriptions. */
    private static ImportPlan.Line planOf(String row) {
        CsvRows file = CsvRows.parse(HEADER + row + "\n");
        ImportLines lines = new ImportLines(ColumnMapping.defaults(), file.headers().size(), Map.of(), Map.of(),
                CONTRACT);
        List<ImportPlan.Line> planned = file.rows().stream().map(lines::line).toList();
        assertThat(planned).hasSize(1);
        return planned.get(0);
    }
}
