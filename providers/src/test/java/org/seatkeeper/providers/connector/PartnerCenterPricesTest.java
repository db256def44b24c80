package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.partnercenter.PriceSheetRow;
import org.seatkeeper.providers.partnercenter.PriceSheets;

/** A price sheet shaped like Microsoft's (a byte order mark, its own column order, several segments) priced by name. */
class PartnerCenterPricesTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    private static byte[] sheet() throws Exception {
        try (InputStream in = PartnerCenterPricesTest.class.getResourceAsStream("/fixtures/pc-pricesheet-gb.csv")) {
            return in.readAllBytes();
        }
    }

    private static List<PriceSheetRow> rows(byte[] body) throws Exception {
        try (var reader = new InputStreamReader(PriceSheets.unpacked(body), StandardCharsets.UTF_8)) {
            return PriceSheets.rows(reader);
        }
    }

    private static ProviderSubscriptionRecord subscription(String offerId, String term, BillingCycle cycle) {
        return new ProviderSubscriptionRecord("sub-1", "customer-1", offerId, "Microsoft 365 Business Premium", term,
                cycle, 10, SubscriptionStatus.ACTIVE, "active", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                true, null, null, null, null, null);
    }

    @Test
    void shouldReadTheColumnsByTheirNamesAndLeaveOutRowsWithoutAPrice() throws Exception {
        // when
        List<PriceSheetRow> rows = rows(sheet());

        // then
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).productId()).isEqualTo("CFQ7TTC0LCHC");
        assertThat(rows.get(0).skuId()).isEqualTo("0002");
        assertThat(rows.get(0).unitPrice()).isEqualByComparingTo("175.68");
        assertThat(rows.get(0).erpPrice()).isEqualByComparingTo("206.68");
    }

    @Test
    void shouldReadTheZippedSheetAsTheSameRows() throws Exception {
        // given
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("pricesheet.csv"));
            zip.write(sheet());
        }

        // then
        assertThat(rows(zipped.toByteArray())).isEqualTo(rows(sheet()));
    }

    @Test
    void shouldPriceASubscriptionByProductSkuTermAndBillingCycleInTheCommercialSegment() throws Exception {
        // given
        PriceList prices = PartnerCenterPrices.priceList("GB", rows(sheet()));
        SubscriptionList list = new SubscriptionList(List.of(
                subscription("CFQ7TTC0LCHC:0002:CFQ7TTC0K5HR", "P1Y", BillingCycle.ANNUAL),
                subscription("CFQ7TTC0LCHC:0002:CFQ7TTC0K5HR", "P1Y", BillingCycle.MONTHLY),
                subscription("CFQ7TTC0LDPB:0001:CFQ7TTC0K5DQ", "P1Y", BillingCycle.ANNUAL)), List.of());

        // when
        List<ProviderSubscriptionRecord> priced = list.pricedBy(prices).subscriptions();

        // then
        assertThat(priced.get(0).unitCost()).isEqualTo(new Money(new BigDecimal("175.6800"), GBP));
        assertThat(priced.get(0).listPrice()).isEqualTo(new Money(new BigDecimal("206.6800"), GBP));
        assertThat(priced.get(1).unitCost()).isEqualTo(new Money(new BigDecimal("15.3720"), GBP));
        assertThat(priced.get(2).unitCost()).isNull();
        assertThat(priced.get(2).listPrice()).isNull();
    }
}
