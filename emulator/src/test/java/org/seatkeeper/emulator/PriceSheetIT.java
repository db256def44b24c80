package org.seatkeeper.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner Center's price list as the Partner API serves it: a CSV, zipped on request, following the price book. */
class PriceSheetIT {

    private final TestHttp http = new TestHttp();
    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(2));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private URI sheet(String market) {
        return emulator.baseUri().resolve("/partner/v1.0/sales/pricesheets(Market='" + market
                + "',PricesheetView='updatedlicensebased')/$value");
    }

    @Test
    void shouldServeTheMarketsSheetAsCsvWithMicrosoftsColumns() {
        // when
        TestHttp.Reply reply = http.get(sheet("GB"), Map.of("Authorization", "Bearer " + http.partnerCenterToken(emulator)));

        // then
        assertThat(reply.status()).isEqualTo(200);
        String[] lines = reply.body().split("\r\n");
        assertThat(lines[0]).startsWith("ProductTitle,ProductId,SkuId,").contains("TermDuration,BillingPlan", "UnitPrice", "ERP Price,Segment");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"CFQ7TTC0LCHC\",\"0002\"", "\"P1Y\",\"Annual\",\"GB\",\"GBP\"", "\"Commercial\""));
    }

    @Test
    void shouldZipTheSheetWhenAskedToDeflateAndFollowAPriceChange() throws Exception {
        // given
        emulator.control().setProductPrice(Api.PARTNER_CENTER, "M365-BP", "P1Y", "annual", new BigDecimal("250.00"),
                new BigDecimal("212.50"), "GBP");
        HttpRequest request = HttpRequest.newBuilder(sheet("GB")).header("Accept-Encoding", "deflate")
                .header("Authorization", "Bearer " + http.partnerCenterToken(emulator)).build();

        // when
        byte[] body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();

        // then
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            assertThat(zip.getNextEntry()).isNotNull();
            String csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(csv).containsPattern("\"CFQ7TTC0LCHC\",\"0002\",.*\"P1Y\",\"Annual\",\"GB\",\"GBP\",\"212.50\",.*\"250.00\",\"Commercial\"");
        }
    }

    @Test
    void shouldRefuseWithoutAPartnerCenterToken() {
        assertThat(http.get(sheet("US"), Map.of()).status()).isEqualTo(401);
    }
}
