package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;

import java.time.LocalDate;
import java.util.Random;

/** Builds the initial world from the settings; the same seed always gives the same world. */
public final class WorldGenerator {

    /** The first emulated day for seed 42; other seeds start up to six days later. */
    static final LocalDate BASE_DAY = LocalDate.of(2026, 11, 1);

    private final ProductCatalog catalog;

    public WorldGenerator(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    public static LocalDate firstDay(long seed) {
        return BASE_DAY.plusDays(Math.floorMod(seed - 42, 7));
    }

    public World generate(EmulatorSettings settings, int ionAccountId) {
        TenantFactory factory = new TenantFactory(catalog);
        LocalDate first = settings.firstDay() != null ? settings.firstDay() : firstDay(settings.seed());
        World world = new World(catalog, factory, settings.seed(), first, ionAccountId);
        Random random = new Random(settings.seed());
        for (Api provider : Api.values()) {
            if (provider.sellsSubscriptions()) {
                for (int i = 0; i < settings.tenantsPerProvider(); i++) {
                    world.addRandomTenant(provider, random, settings.subscriptionsPerTenant(), false);
                }
            }
        }
        for (int i = 0; i < settings.prospectTenants(); i++) {
            world.addProspect(factory.randomProfile(random, world.domains()), random);
        }
        return world;
    }
}
