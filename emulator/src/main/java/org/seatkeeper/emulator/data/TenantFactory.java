package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

/** Makes realistic tenants and subscriptions from a seeded random. */
final class TenantFactory implements java.io.Serializable {

    private final ProductCatalog catalog;
    private final NameGenerator names = new NameGenerator();
    private final Places places = new Places();

    TenantFactory(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    TenantProfile randomProfile(Random random, Set<String> takenDomains) {
        String company = names.companyName(random);
        return profile(company, names.domain(company, takenDomains), places.pick(random), random);
    }

    TenantProfile profile(String companyName, String domain, String country, Random random) {
        return profile(companyName, domain, places.inCountry(country == null ? "US" : country.toUpperCase(Locale.ROOT), random), random);
    }

    private TenantProfile profile(String company, String domain, Places.Place place, Random random) {
        String first = names.firstName(random);
        String last = names.lastName(random);
        String mailbox = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String phone = place.phonePrefix() + " " + (1_000_000 + random.nextInt(8_999_999));
        return new TenantProfile(company, domain, place.country(), places.street(random), place.city(), place.state(),
                place.postalCode(), first, last, mailbox + "@" + domain, phone);
    }

    Tenant tenant(Api provider, String customerId, UUID tenantId, TenantProfile profile, Instant createdAt, Random random) {
        return new Tenant(provider, customerId, tenantId, profile, createdAt, random.nextInt(6), true);
    }

    /** Adds {@code count} subscriptions (0 = a realistic 1..9); {@code recent} = bought in the last days. */
    void addSubscriptions(Tenant tenant, Random random, int count, LocalDate today, boolean recent, LongSupplier lines) {
        int n = count > 0 ? count : 1 + random.nextInt(9);
        int size = (int) Math.round(3 * Math.exp(random.nextDouble() * Math.log(100)));
        boolean idleSeats = random.nextInt(100) < 40;
        for (int i = 0; i < n; i++) {
            Product product = catalog.pick(random);
            Offer.Term term = product.usageBased() || random.nextInt(100) >= 55 ? Offer.Term.P1M : Offer.Term.P1Y;
            int quantity = quantity(product, size, random);
            int assigned = idleSeats ? quantity - random.nextInt(Math.min(quantity, 5) + 1) : quantity;
            tenant.subscriptions().add(subscription(tenant, new Offer(product, term), quantity, assigned, today, recent, random, lines));
        }
    }

    Subscription subscription(Tenant tenant, Offer offer, int quantity, int assigned, LocalDate today, boolean recent,
                              Random random, LongSupplier lines) {
        int roll = random.nextInt(100);
        LocalDate purchased;
        if (recent) {
            purchased = today.minusDays(random.nextInt(2));
        } else if (roll < 15) {
            purchased = today.minusDays(random.nextInt(Subscription.CANCELLATION_WINDOW_DAYS));
        } else {
            purchased = today.minusDays(Subscription.CANCELLATION_WINDOW_DAYS + 1 + random.nextInt(3 * 365));
        }
        LocalDate termStart = currentTermStart(purchased, offer.term(), today);
        SubscriptionStatus status = SubscriptionStatus.ACTIVE;
        boolean autoRenew = random.nextInt(100) < 85;
        int statusRoll = random.nextInt(100);
        if (!recent && statusRoll < 4) {
            status = SubscriptionStatus.SUSPENDED;
        } else if (!recent && statusRoll < 7 && termStart.isAfter(purchased)) {
            status = SubscriptionStatus.EXPIRED;
            termStart = offer.term().plus(termStart, -1);
            autoRenew = false;
        } else if (!recent && statusRoll < 9) {
            status = SubscriptionStatus.DELETED;
        }
        Instant purchasedAt = purchased.atStartOfDay().toInstant(ZoneOffset.UTC)
                .plusSeconds(7 * 3600 + random.nextInt(11 * 3600)).plusMillis(random.nextInt(1000));
        return new Subscription(tenant, Ids.uuid(random), lines.getAsLong(), offer, purchasedAt, quantity,
                Math.max(0, assigned), status, termStart, autoRenew);
    }

    /** The start of the term that contains today (terms count from the purchase day). */
    static LocalDate currentTermStart(LocalDate purchased, Offer.Term term, LocalDate today) {
        int terms = (int) (ChronoUnit.MONTHS.between(purchased, today) / term.months());
        while (terms > 0 && term.plus(purchased, terms).isAfter(today)) {
            terms--;
        }
        while (!term.plus(purchased, terms + 1).minusDays(1).isAfter(today.minusDays(1))) {
            terms++;
        }
        return term.plus(purchased, terms);
    }

    private static int quantity(Product product, int size, Random random) {
        if (product.usageBased()) {
            return 1;
        }
        if (product.addOn()) {
            return 1 + random.nextInt(Math.max(1, size / 8));
        }
        int quantity = (int) Math.round(size * (0.3 + 0.7 * random.nextDouble()));
        return Math.max(1, Math.min(300, quantity));
    }
}
