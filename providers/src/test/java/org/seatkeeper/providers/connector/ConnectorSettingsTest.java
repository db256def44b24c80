package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorSettingsTest {

    private static ConnectorSettings partnerCenter() {
        return ConnectorSettings.defaults(ProviderKind.PARTNER_CENTER, Map.of());
    }

    @Test
    void shouldReadPriceSheetsFromMicrosoftsPartnerApiByDefault() {
        assertThat(partnerCenter().priceSheetUri()).isEqualTo(URI.create("https://api.partner.microsoft.com/v1.0/"));
        assertThat(partnerCenter().withBaseUri(URI.create("https://api.partnercenter.microsoft.com/v1/")).priceSheetUri())
                .isEqualTo(URI.create("https://api.partner.microsoft.com/v1.0/"));
    }

    @Test
    void shouldReadPriceSheetsFromTheSameHostWhenPartnerCenterIsElsewhere() {
        assertThat(partnerCenter().withBaseUri(URI.create("http://127.0.0.1:8089/partnercenter/v1/")).priceSheetUri())
                .isEqualTo(URI.create("http://127.0.0.1:8089/partner/v1.0/"));
        assertThat(partnerCenter().withPriceSheetUri(URI.create("https://sandbox.example/partner/v1.0/"))
                .withBaseUri(URI.create("http://127.0.0.1:8089/partnercenter/v1/")).priceSheetUri())
                .isEqualTo(URI.create("https://sandbox.example/partner/v1.0/"));
    }

    @Test
    void shouldHaveNoPriceSheetsForOtherProviders() {
        assertThat(ConnectorSettings.defaults(ProviderKind.ION, Map.of()).withBaseUri(URI.create("http://127.0.0.1:1/ion/api/v3/"))
                .priceSheetUri()).isNull();
    }
}
