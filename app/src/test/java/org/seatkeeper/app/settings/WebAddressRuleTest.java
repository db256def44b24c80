package org.seatkeeper.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressRuleTest {

    @Test
    void shouldAcceptNothingAndAbsoluteHttpAddresses() {
        assertThat(WebAddressRule.refusal("")).isEmpty();
        assertThat(WebAddressRule.refusal("https://seatkeeper.example.com")).isEmpty();
        assertThat(WebAddressRule.refusal("http://127.0.0.1:8080/")).isEmpty();
        assertThat(WebAddressRule.refusal("https://intranet.example.com/seatkeeper/")).isEmpty();
        assertThat(WebAddressRule.refusal("http://[::1]:8080")).isEmpty();
    }

    @Test
    void shouldStoreTheAddressWithoutTrailingSlashAndWithALowerCaseScheme() {
        assertThat(WebAddressRule.normalized("")).isNull();
        assertThat(WebAddressRule.normalized("https://seatkeeper.example.com/")).isEqualTo("https://seatkeeper.example.com");
        assertThat(WebAddressRule.normalized("HTTPS://Example.com/seatkeeper//")).isEqualTo("https://Example.com/seatkeeper");
    }

    @Test
    void shouldRefuseWhatAMailCannotLinkTo() {
        assertThat(WebAddressRule.refusal("not a url")).hasValueSatisfying(m -> assertThat(m).startsWith("Enter the whole address"));
        assertThat(WebAddressRule.refusal("seatkeeper.example.com")).hasValueSatisfying(m -> assertThat(m).contains("starting with https://"));
        assertThat(WebAddressRule.refusal("localhost:8080")).hasValueSatisfying(m -> assertThat(m).contains("starting with https://"));
        assertThat(WebAddressRule.refusal("ftp://x")).hasValueSatisfying(m -> assertThat(m).contains("not ftp://"));
        assertThat(WebAddressRule.refusal("https://under_score.example.com")).hasValueSatisfying(m -> assertThat(m).contains("host name"));
        assertThat(WebAddressRule.refusal("https://admin:secret@seatkeeper.example.com")).hasValueSatisfying(m -> assertThat(m).contains("password"));
        assertThat(WebAddressRule.refusal("https://seatkeeper.example.com:99999")).hasValueSatisfying(m -> assertThat(m).contains("1 to 65535"));
        assertThat(WebAddressRule.refusal("https://host/path?x=1")).hasValueSatisfying(m -> assertThat(m).startsWith("Leave out the part from the ? or #"));
        assertThat(WebAddressRule.refusal("https://host/#top")).hasValueSatisfying(m -> assertThat(m).startsWith("Leave out the part from the ? or #"));
        assertThat(WebAddressRule.refusal("https://host?")).isPresent();
    }
}
