package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann@contoso.com", "ann.o'neil+billing@contoso.co.uk", "billing-team@mail.contoso.example",
            "A.B@CONTOSO.COM", "x@y.io"})
    void acceptsAddressesPeopleHave(String address) {
        assertThat(MailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ann@contoso.com", "ann@contoso.com ", "ann", "ann@", "@contoso.com",
            "ann@contoso", "ann@@contoso.com", "ann@contoso..com", "ann@.contoso.com", "ann@contoso.com.",
            "<script>@x.com", "a(b@x.com", "ann smith@contoso.com", "Ann <ann@contoso.com>",
            "ann@contoso.com, bob@contoso.com", "ann@contoso.com;bob@contoso.com", "ann@con toso.com"})
    void refusesWhatAMailServerWouldRefuse(String text) {
        assertThat(MailAddresses.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a b\"@example.com", "\"a@b\"@example.com", "\"ann\"@example.com", "ann\u3000@contoso.com",
            "ann\u00a0smith@contoso.com"})
    void refusesQuotedAddressesAndAnySpaceThatAContactCannotKeep(String text) {
        // valid mail to Jakarta Mail, but a contact's address has no spaces and one @: the form answered 500 for them
        assertThat(MailAddresses.isValid(text)).isFalse();
    }
}
