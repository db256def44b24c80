package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value longer than its column's width, by the field (FieldLengthsIT and OnboardingFieldLengthsIT walk each form's
 * widths through its page).
 */
class FieldLimitsTest {

    @ParameterizedTest(name = "{0} characters in a column of {1}: \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            0    | 200  | ``
            200  | 200  | ``
            201  | 200  | Use at most 200 characters (this has 201).
            1001 | 1000 | Use at most 1000 characters (this has 1001).
            51   | 50   | Use at most 50 characters (this has 51).
            """)
    void shouldSayHowManyCharactersFitWhenAValueIsLongerThanItsColumn(int length, int width, String message) {
        // given
        FormModel form = FormModel.empty().with("name", "n".repeat(length));

        // when
        FieldLimits.atMost(form, "name", width);

        // then
        assertThat(form.getErrors().getOrDefault("name", "")).isEqualTo(message);
    }

    @ParameterizedTest(name = "spaces around {0} characters are not counted")
    @CsvSource({"200", "1"})
    void shouldCountWhatIsKeptNotTheSpacesAround(int length) {
        // given
        FormModel form = FormModel.empty().with("name", "  " + "n".repeat(length) + "\u3000 ");

        // when
        FieldLimits.atMost(form, "name", length);

        // then
        assertThat(form.getErrors()).isEmpty();
    }

    @ParameterizedTest(name = "a field already refused keeps its first message")
    @CsvSource({"201", "5000"})
    void shouldKeepTheFieldsFirstMessage(int length) {
        // given
        FormModel form = FormModel.empty().with("name", "n".repeat(length)).error("name", "Enter the name.");

        // when
        FieldLimits.atMost(form, "name", 200);

        // then
        assertThat(form.getErrors()).containsEntry("name", "Enter the name.").hasSize(1);
    }

    @ParameterizedTest(name = "a list stored in {0} characters, column of 2000: \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2000 | ``
            2298 | The list is too long: it holds at most 2000 characters (this has 2298). Remove some addresses, or use a distribution list.
            """)
    void shouldSayAListIsTooLongRatherThanCountItsCharacters(int stored, String message) {
        // given
        FormModel form = FormModel.empty();

        // when
        FieldLimits.listAtMost(form, "recipients", "a".repeat(stored), 2000);

        // then
        assertThat(form.getErrors().getOrDefault("recipients", "")).isEqualTo(message);
    }
}
