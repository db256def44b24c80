package org.seatkeeper.db.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void shouldPutTheAddressInFrontOfAPagesPath() {
        WebAddress web = new WebAddress("https://seatkeeper.example.com");

        assertThat(web.isSet()).isTrue();
        assertThat(web.link("/reports/morning?date=2026-11-23"))
                .hasValue("https://seatkeeper.example.com/reports/morning?date=2026-11-23");
    }

    @Test
    void shouldKeepAPathTheAddressAlreadyHas() {
        assertThat(new WebAddress("https://example.com/seatkeeper").link("/provider-accounts/7"))
                .hasValue("https://example.com/seatkeeper/provider-accounts/7");
    }

    @Test
    void shouldGiveNoLinkWhenNoAddressIsSet() {
        assertThat(new WebAddress(null).isSet()).isFalse();
        assertThat(new WebAddress(null).link("/reports/morning")).isEmpty();
        assertThat(new WebAddress("  ").link("/reports/morning")).isEmpty();
    }
}
