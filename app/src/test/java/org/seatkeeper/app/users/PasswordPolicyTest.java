package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shouldRefuseBlankRepeatedAndShortPasswords() {
        assertThat(PasswordPolicy.problemWith("")).hasValue("Enter a password.");
        assertThat(PasswordPolicy.problemWith(" ".repeat(12))).hasValueSatisfying(m -> assertThat(m).contains("spaces only"));
        assertThat(PasswordPolicy.problemWith(" ".repeat(20))).hasValueSatisfying(m -> assertThat(m).contains("spaces only"));
        assertThat(PasswordPolicy.problemWith("\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b"))
                .hasValueSatisfying(m -> assertThat(m).contains("spaces only"));
        assertThat(PasswordPolicy.problemWith("\t \u00a0\u3000".repeat(5))).hasValueSatisfying(m -> assertThat(m).contains("spaces only"));
        assertThat(PasswordPolicy.problemWith("short one")).hasValue(
                "Use at least 15 characters (this has 9). A few words that do not belong together make a good password.");
        assertThat(PasswordPolicy.problemWith("a".repeat(16))).isPresent();
        assertThat(PasswordPolicy.problemWith("x7x7x7x7x7x7x7x7")).hasValueSatisfying(m -> assertThat(m).contains("5 different characters"));
        assertThat(PasswordPolicy.problemWith("ab ab ab ab ab ab")).hasValueSatisfying(m -> assertThat(m).contains("5 different characters"));
    }

    @Test
    void shouldRefusePasswordsAttackersTryFirst() {
        for (String guessable : List.of("password1234", "password12345678", "Password1234!!!", "PASSWORD 2024 !!!",
                "passwordpassword", "iloveyou1234567", "qwertyuiop123456", "123456789012345", "abcdefghijklmnop",
                "zyxwvutsrqponmlk", "Seatkeeper2025!!", "seatkeeper seatkeeper", "1234567890qwerty", "monkeymonkeymonkey")) {
            assertThat(PasswordPolicy.problemWith(guessable)).as(guessable)
                    .hasValueSatisfying(m -> assertThat(m).startsWith("This password is one attackers try first"));
        }
        assertThat(PasswordPolicy.problemWith("maria.billing.2025", "maria.billing", "Maria Billing"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("This password is one attackers try first"));
        assertThat(PasswordPolicy.problemWith("Maria Billing 1990!", "maria", "Maria Billing"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("This password is one attackers try first"));
    }

    @Test
    void shouldRefuseWhatBcryptCannotKeep() {
        assertThat(PasswordPolicy.problemWith("x7 lantern ".repeat(6) + "orbit")).hasValue("Use at most 64 characters (this has 71).");
        // 40 characters, but 80 bytes: BCrypt would ignore the end of it
        assertThat(PasswordPolicy.problemWith("é".repeat(30) + "lantern orbit plume 93 k"))
                .hasValueSatisfying(m -> assertThat(m).contains("too long to keep"));
    }

    @Test
    void shouldAcceptALongPasswordOfUnrelatedWords() {
        assertThat(PasswordPolicy.problemWith("lantern orbit 93 plume")).isEmpty();
        assertThat(PasswordPolicy.problemWith("correct horse battery")).isEmpty();
        assertThat(PasswordPolicy.problemWith("Bäckerei öffnet um sieben")).isEmpty();
        assertThat(PasswordPolicy.problemWith("k9#Lm2!qZ8@vR4$w")).isEmpty();
        assertThat(PasswordPolicy.problemWith("a long enough password", "maria", "Maria Billing")).isEmpty();
        assertThat(PasswordPolicy.problemWith("8027319465 50281")).isEmpty();
    }
}
