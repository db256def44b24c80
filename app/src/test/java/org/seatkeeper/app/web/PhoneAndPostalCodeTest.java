package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneAndPostalCodeTest {

    private static final List<String> INVISIBLE = List.of("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
            "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u2060");

    @Test
    void shouldTakePhoneNumbersAsPeopleWriteThem() {
        for (String phone : List.of("+1 425 555 0100", "+44 (0)20 7946 0958", "425.555.0100", "0049-30-1234567", "555 0100")) {
            assertThat(PhoneAndPostalCode.phoneRefusal(phone)).as(phone).isEmpty();
        }
    }

    @Test
    void shouldRefusePhoneNumbersWithLettersOrInvisibleCharacters() {
        for (String phone : List.of("+1 425 CALL NOW", "0800 FLOWERS", "425 555 0100 ext 12", "+1 425 555 0100<script>",
                "1+425 555 0100", "++1 425 555 0100", "425/555/0100", "４２５ ５５５ ０１００")) {
            assertThat(PhoneAndPostalCode.phoneRefusal(phone)).as(phone)
                    .hasValue("A phone number has digits, spaces and + ( ) - . only, e.g. +1 425 555 0100.");
        }
        for (String invisible : INVISIBLE) {
            assertThat(PhoneAndPostalCode.phoneRefusal("+1 425" + invisible + " 555 0100")).as("U+%04X", (int) invisible.charAt(0))
                    .isPresent();
        }
        assertThat(PhoneAndPostalCode.phoneRefusal("12-34")).hasValue("Enter the whole number, with its area code, e.g. +1 425 555 0100.");
        assertThat(PhoneAndPostalCode.phoneRefusal("1".repeat(32))).hasValue("Use at most 31 characters (this has 32).");
    }

    @Test
    void shouldTakePostalCodesOfCountriesThatUseLetters() {
        for (String code : List.of("98052", "98052-6399", "SW1A 1AA", "K1A 0B1", "1012 AB", "D02 X285", "100-0001", "00-950")) {
            assertThat(PhoneAndPostalCode.postalCodeRefusal(code)).as(code).isEmpty();
        }
    }

    @Test
    void shouldRefusePostalCodesWithOtherCharacters() {
        for (String code : List.of("98052;DROP", "SW1A_1AA", "<b>1012</b>", "-98052", "98052-", "Zürich 8001", "９８０５２")) {
            assertThat(PhoneAndPostalCode.postalCodeRefusal(code)).as(code)
                    .hasValue("A postal code has letters, digits, spaces and - only, e.g. 98052, SW1A 1AA or 1012 AB.");
        }
        for (String invisible : INVISIBLE) {
            assertThat(PhoneAndPostalCode.postalCodeRefusal("SW1A" + invisible + "1AA")).as("U+%04X", (int) invisible.charAt(0))
                    .isPresent();
        }
        assertThat(PhoneAndPostalCode.postalCodeRefusal("1".repeat(17))).hasValue("Use at most 16 characters (this has 17).");
    }
}
