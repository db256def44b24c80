package org.seatkeeper.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void shouldReadQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        // given
        String text = "Id,Name,Quantity\r\n"
                + "A-1,\"Office 365 E3, annual\",5\r\n"
                + "A-2,\"The \"\"best\"\" plan\",2\n"
                + "A-3,\"Two\nlines\",1\n";

        // when
        CsvRows csv = CsvRows.parse(text);

        // then
        assertThat(csv.headers()).containsExactly("Id", "Name", "Quantity");
        assertThat(csv.rows()).extracting(r -> r.get("Name"))
                .containsExactly("Office 365 E3, annual", "The \"best\" plan", "Two\nlines");
        assertThat(csv.rows()).extracting(CsvRows.Row::line).containsExactly(2, 3, 4);
    }

    @Test
    void shouldReadSemicolonsWhenTheHeaderHasNoCommaAndDropTheByteOrderMark() {
        // when
        CsvRows csv = CsvRows.parse("\uFEFFId;Price\nA-1;10,50\n");

        // then
        assertThat(csv.headers()).containsExactly("Id", "Price");
        assertThat(csv.rows().get(0).get("Price")).isEqualTo("10,50");
    }

    @Test
    void shouldSkipBlankLinesButCountThemInTheLineNumbers() {
        // when
        CsvRows csv = CsvRows.parse("Id,Name\n\nA-1,One\n   \nA-2,Two");

        // then
        assertThat(csv.rows()).extracting(CsvRows.Row::line).containsExactly(3, 5);
        assertThat(csv.rows()).extracting(r -> r.get("Id")).containsExactly("A-1", "A-2");
    }

    @Test
    void shouldKeepAShortRowsFieldCountAndLackItsLastColumns() {
        // when
        CsvRows.Row row = CsvRows.parse("Id,Name,Quantity\nA-1,One\n").rows().get(0);

        // then
        assertThat(row.fieldCount()).isEqualTo(2);
        assertThat(row.has("Quantity")).isFalse();
        assertThat(row.get("Quantity")).isEmpty();
    }

    @Test
    void shouldReadAQuoteLeftOpenAtTheEndAsFarAsItGoes() {
        // when
        CsvRows csv = CsvRows.parse("Id,Name\nA-1,\"Unfinished\n");

        // then
        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.rows().get(0).get("Name")).startsWith("Unfinished");
    }
}
