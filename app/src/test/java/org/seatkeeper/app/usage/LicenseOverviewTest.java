package org.seatkeeper.app.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.usage.LicenseSubscription;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.TenantLicense;

class LicenseOverviewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final SkuMapping PREMIUM = new SkuMapping(1, "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46", "SPB",
            "CFQ7TTC0LCHC:0002", "Microsoft 365 Business Premium", NOW, "seatkeeper", 0);

    private static TenantLicense premium(int purchased, int assigned) {
        return new TenantLicense(7, 1, "CBDC14AB-D96C-4C30-B9F4-6ADA7CDC1D46", "SPB", null, purchased, assigned,
                Math.max(0, purchased - assigned), 0, 0, "Enabled", true, NOW);
    }

    @Test
    void shouldShowTheSubscriptionsOfEveryProviderBehindAMappedLicense() {
        // given a Partner Center (availability), an Ion (term and cycle) and an unrelated subscription
        List<LicenseSubscription> subscriptions = List.of(
                new LicenseSubscription(1, 10, "M365 Business Premium", "CFQ7TTC0LCHC:0002:CFQ7TTC0K5HR", "P1Y", "ANNUAL",
                        8, "ACTIVE", LocalDate.of(2027, 3, 31), true),
                new LicenseSubscription(2, 10, "Business Premium (Ion)", "CFQ7TTC0LCHC:0002:P1M:M", "P1M", "MONTHLY", 2,
                        "SUSPENDED", null, true),
                new LicenseSubscription(3, 10, "Premium look-alike", "CFQ7TTC0LCHC:00021:X", "P1M", "MONTHLY", 5, "ACTIVE",
                        null, true));

        // when
        List<LicenseRow> rows = LicenseOverview.rows(List.of(premium(10, 9)), Map.of(7L, List.of("a@x.com", "b@x.com")),
                List.of(PREMIUM), subscriptions);

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Microsoft 365 Business Premium");
            assertThat(row.unassigned()).isEqualTo(1);
            assertThat(row.statusKind()).isEqualTo("info");
            assertThat(row.holders()).isEqualTo("a@x.com, b@x.com");
            assertThat(row.subscriptions()).containsExactly(
                    "M365 Business Premium · P1Y annual · 8 · term ends 2027-03-31, renews",
                    "Business Premium (Ion) · P1M monthly · 2 · suspended");
            assertThat(row.billing()).isEqualTo("not linked");
            assertThat(row.lastPsaSync()).isEqualTo("never");
        });
    }

    @Test
    void shouldShowALicenseWithoutMappingByItsPartNumberAndAGoneOneMuted() {
        // given
        TenantLicense unmapped = new TenantLicense(8, 1, "11111111-2222-4333-8444-555555555555", "SPE_F1", null, 3, 3, 0, 0,
                0, "Enabled", true, NOW);
        TenantLicense gone = new TenantLicense(9, 1, PREMIUM.skuId(), "SPB", null, 0, 0, 0, 0, 0, "Enabled", false, NOW);

        // when
        List<LicenseRow> rows = LicenseOverview.rows(List.of(unmapped, gone), Map.of(), List.of(PREMIUM), List.of());

        // then
        assertThat(rows).extracting(LicenseRow::name, LicenseRow::statusKind, LicenseRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPE_F1", "ok", "enabled"),
                        org.assertj.core.groups.Tuple.tuple("Microsoft 365 Business Premium", "muted", "gone from the tenant"));
        assertThat(rows.get(0).subscriptions()).isEmpty();
    }
}
