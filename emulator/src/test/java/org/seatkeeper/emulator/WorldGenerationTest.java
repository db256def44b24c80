package org.seatkeeper.emulator;

import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.data.ProductCatalog;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.data.WorldGenerator;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorldGenerationTest {

    private final WorldGenerator generator = new WorldGenerator(new ProductCatalog());

    @Test
    void shouldGenerateTheSameWorldForTheSameSeed() {
        // when
        World a = generator.generate(EmulatorSettings.defaults(), 10001);
        World b = generator.generate(EmulatorSettings.defaults(), 10001);

        // then
        assertThat(describe(a)).isEqualTo(describe(b));
        assertThat(describe(generator.generate(EmulatorSettings.defaults().withSeed(7), 10001))).isNotEqualTo(describe(a));
    }

    @Test
    void shouldAverageAboutFiveSubscriptionsWithRealisticQuantities() {
        // when
        World world = generator.generate(EmulatorSettings.defaults().withTenants(200), 10001);

        // then
        List<Tenant> tenants = world.tenants(Api.PARTNER_CENTER);
        double average = tenants.stream().mapToInt(t -> t.subscriptions().size()).average().orElse(0);
        assertThat(average).isBetween(4.0, 6.0);
        List<Subscription> all = tenants.stream().flatMap(t -> t.subscriptions().stream()).toList();
        assertThat(all).allMatch(s -> s.quantity() >= 1 && s.quantity() <= 300);
        assertThat(all).anyMatch(s -> !s.status().isActive());
        assertThat(all).allMatch(s -> !s.commitmentEnd().isBefore(world.today()) || !s.status().isActive());
        assertThat(all).allMatch(s -> s.cancellationAllowedUntil().equals(s.termStart().plusDays(7)));
        assertThat(tenants).extracting(t -> t.profile().country()).contains("US", "GB", "DE", "NL", "SE", "AU", "CA");
    }

    @Test
    void shouldGenerateTheBenchmarkWorld() {
        // when (no timing here: on two shared cores a wall-clock bound flakes; the README gives the figure)
        World world = generator.generate(EmulatorSettings.defaults().withTenants(10_000).withSubscriptionsPerTenant(20), 10001);

        // then
        assertThat(world.tenants(Api.PAX8)).hasSize(10_000);
        assertThat(world.tenants(Api.ION).get(9_999).subscriptions()).hasSize(20);
    }

    private static String describe(World world) {
        StringBuilder text = new StringBuilder(world.today().toString());
        for (Api api : List.of(Api.PARTNER_CENTER, Api.ION, Api.PAX8)) {
            for (Tenant t : world.tenants(api)) {
                text.append(t.customerId()).append(t.profile()).append(t.tenantId());
                t.subscriptions().forEach(s -> text.append(s.id()).append(s.quantity()).append(s.status()).append(s.offer().offerId()));
            }
        }
        return text.toString();
    }
}
