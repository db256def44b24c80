package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormModelTest {

    @Test
    void shouldReadAFieldOfOnlyUnicodeSpacesAsEmpty() {
        // the records behind the forms refuse a blank name with isBlank: the form must see the same emptiness first
        for (String blank : new String[] {"\u3000", " \u2003\u2028 ", "\u00a0", "\u0085", "\t\u3000\n", "\u0000"}) {
            FormModel form = FormModel.empty().with("name", blank);

            assertThat(form.value("name")).as("U+%04X...", (int) blank.charAt(0)).isEmpty();
        }
    }

    @Test
    void shouldKeepWhatIsBetweenTheSpacesAndInvisibleCharactersForTheirRules() {
        FormModel form = FormModel.empty().with("name", "\u3000 Contoso\u3000Ltd \u00a0").with("phone", "+1 425\u202e 555")
                .with("code", "\u200b98052");

        assertThat(form.value("name")).isEqualTo("Contoso\u3000Ltd");
        assertThat(form.value("phone")).isEqualTo("+1 425\u202e 555");
        assertThat(form.value("code")).isEqualTo("\u200b98052");
    }
}
