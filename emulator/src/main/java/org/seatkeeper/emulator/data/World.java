package org.seatkeeper.emulator.data;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.CloudProfileShape;
import org.seatkeeper.emulator.DateStyle;
import org.seatkeeper.emulator.Unreadable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All tenants and subscriptions of the emulated providers, and the emulated day. Reads run under {@link #read},
 * changes under {@link #write}: the lock lets thousands of concurrent reads through.
 */
public final class World implements java.io.Serializable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Api, TenantBook> books = new EnumMap<>(Api.class);
    private final Map<Api, PriceBook> prices = new EnumMap<>(Api.class);
    private final Map<Api, List<Subscription>> removed = new EnumMap<>(Api.class);
    private final Map<Api, DateStyle> dateStyles = new EnumMap<>(Api.class);
    private final List<Tenant> prospects = new ArrayList<>();
    private final Map<UUID, Tenant> byTenantId = new HashMap<>();
    private final Set<String> domains = new HashSet<>();
    private final ProductCatalog catalog;
    private final TenantFactory factory;
    private final Random random;
    private final int ionAccountId;
    private LocalDate today;
    private long nextLine = 2_100_000;
    private long nextIonCustomer = 300_000;

    World(ProductCatalog catalog, TenantFactory factory, long seed, LocalDate today, int ionAccountId) {
        this.catalog = catalog;
        this.factory = factory;
        this.random = new Random(seed ^ 0x5EA7L);
        this.today = today;
        this.ionAccountId = ionAccountId;
        for (Api api : Api.values()) {
            if (api.sellsSubscriptions()) {
                books.put(api, new TenantBook(api == Api.PAX8));
                prices.put(api, new PriceBook(api == Api.ION ? 7 : 2));
                removed.put(api, new ArrayList<>());
            }
        }
    }

    public <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public <T> T write(Supplier<T> change) {
        lock.writeLock().lock();
        try {
            return change.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How the provider's answers write instants now. */
    public DateStyle dateStyle(Api provider) {
        return dateStyles.getOrDefault(provider, DateStyle.USUAL);
    }

    public void setDateStyle(Api provider, DateStyle style) {
        dateStyles.put(provider, style);
    }

    public ProductCatalog catalog() {
        return catalog;
    }

    public int ionAccountId() {
        return ionAccountId;
    }

    public LocalDate today() {
        return today;
    }

    /** Emulated "now": noon UTC of the emulated day. */
    public Instant now() {
        return today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public List<Tenant> tenants(Api provider) {
        return book(provider).tenants();
    }

    public Tenant tenant(Api provider, String customerId) {
        return book(provider).byCustomerId(customerId);
    }

    /** Any Microsoft tenant (customer of any provider, or prospect) by its tenant id. */
    public Tenant byTenantId(String tenantId) {
        try {
            return byTenantId.get(UUID.fromString(tenantId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Tenant> prospects() {
        return prospects;
    }

    public boolean domainTaken(String domain) {
        return domains.contains(domain.toLowerCase(Locale.ROOT));
    }

    public Subscription subscription(Api provider, String id) {
        return book(provider).subscription(id);
    }

    /** What one license of the subscription costs per billing period at its provider now. */
    public Price price(Subscription s) {
        if (s.priceOverride() != null) {
            return s.priceOverride();
        }
        return prices(s.tenant().provider()).price(s.offer().product(), s.offer().term(), s.billingCycle(),
                s.tenant().profile().currency());
    }

    /** The provider's price book (its price list, product pricing). */
    public PriceBook prices(Api provider) {
        PriceBook book = prices.get(provider);
        if (book == null) {
            throw new IllegalArgumentException(provider + " has no prices of its own");
        }
        return book;
    }

    /** A subscription the provider stopped reporting, by any of its ids; null when none. */
    public Subscription removedSubscription(Api provider, String id) {
        for (Subscription s : removed.get(provider)) {
            if (s.matches(id)) {
                return s;
            }
        }
        return null;
    }

    // ---- changes: call inside write() ----

    public Tenant addTenant(Api provider, TenantProfile profile) {
        return register(newTenant(provider, profile));
    }

    public TenantProfile profile(String companyName, String domain, String country) {
        return factory.profile(companyName, domain, country, random);
    }

    Tenant addRandomTenant(Api provider, Random source, int subscriptions, boolean recent) {
        Tenant tenant = newTenant(provider, factory.randomProfile(source, domains), source);
        factory.addSubscriptions(tenant, source, subscriptions, today, recent, this::nextLine);
        if (provider == Api.PAX8) {
            // some running Pax8 subscriptions are trials; chosen by line, so the seeded world is otherwise the same
            tenant.subscriptions().stream().filter(s -> s.status() == SubscriptionStatus.ACTIVE && s.line() % 23 == 5)
                    .forEach(s -> s.setStatus(SubscriptionStatus.ACTIVE, "Trial", s.updatedAt()));
        }
        return register(tenant);
    }

    void addProspect(TenantProfile profile, Random source) {
        UUID tenantId = Ids.uuid(source);
        Tenant tenant = new Tenant(Api.PARTNER_CENTER, tenantId.toString(), tenantId, profile, now(), source.nextInt(20), false);
        prospects.add(tenant);
        byTenantId.put(tenantId, tenant);
        domains.add(profile.domain().toLowerCase(Locale.ROOT));
    }

    Set<String> domains() {
        return domains;
    }

    public boolean removeTenant(Api provider, String customerId) {
        return book(provider).remove(customerId);
    }

    /** The prospect (by tenant id or domain) becomes a Partner Center reseller customer; unknown domains are created. */
    public Tenant acceptRelationship(String tenantIdOrDomain) {
        for (Tenant prospect : prospects) {
            if (prospect.tenantId().toString().equalsIgnoreCase(tenantIdOrDomain)
                    || prospect.profile().domain().equalsIgnoreCase(tenantIdOrDomain)) {
                prospects.remove(prospect);
                prospect.becomeCustomer();
                book(Api.PARTNER_CENTER).add(prospect);
                return prospect;
            }
        }
        Tenant existing = tenant(Api.PARTNER_CENTER, tenantIdOrDomain);
        if (existing != null) {
            return existing;
        }
        String domain = tenantIdOrDomain.contains(".") ? tenantIdOrDomain : tenantIdOrDomain + ".onmicrosoft.com";
        String company = domain.substring(0, domain.indexOf('.'));
        return addTenant(Api.PARTNER_CENTER, profile(Character.toUpperCase(company.charAt(0)) + company.substring(1), domain, "US"));
    }

    public Subscription addSubscription(Tenant tenant, Offer offer, int quantity) {
        Subscription subscription = factory.subscription(tenant, offer, quantity, quantity, today, true, random, this::nextLine);
        return attach(subscription);
    }

    /**
     * A subscription bought on {@code purchased} (its current term counted from that day), active unless told, for
     * the control API.
     */
    public Subscription addSubscription(Tenant tenant, Offer offer, BillingCycle cycle, int quantity, LocalDate purchased,
                                        boolean autoRenew) {
        LocalDate termStart = TenantFactory.currentTermStart(purchased, offer.term(), today.isBefore(purchased) ? purchased : today);
        Instant purchasedAt = purchased.atTime(9, 30).toInstant(ZoneOffset.UTC);
        Subscription subscription = new Subscription(tenant, Ids.uuid(random), nextLine(), offer, purchasedAt, quantity,
                quantity, SubscriptionStatus.ACTIVE, termStart, autoRenew);
        subscription.setOffer(offer, cycle, purchasedAt);
        return attach(subscription);
    }

    private Subscription attach(Subscription subscription) {
        Tenant tenant = subscription.tenant();
        tenant.subscriptions().add(subscription);
        book(tenant.provider()).indexSubscription(subscription);
        return subscription;
    }

    /** The provider stops reporting the subscription; {@link #restoreSubscription} brings it back as it was. */
    public void removeSubscription(Subscription subscription) {
        TenantBook book = book(subscription.tenant().provider());
        subscription.tenant().subscriptions().remove(subscription);
        book.unindexSubscription(subscription);
        removed.get(subscription.tenant().provider()).add(subscription);
    }

    public void restoreSubscription(Subscription subscription) {
        Api provider = subscription.tenant().provider();
        if (book(provider).byCustomerId(subscription.tenant().customerId()) != subscription.tenant()) {
            throw new IllegalArgumentException("The customer " + subscription.tenant().customerId()
                    + " of that subscription is no longer listed by " + provider);
        }
        removed.get(provider).remove(subscription);
        subscription.tenant().subscriptions().add(subscription);
        book(provider).indexSubscription(subscription);
    }

    public void setStatus(Subscription subscription, StatusVocabulary.Spelled status) {
        subscription.setStatus(status.lifecycle(), status.text(), now());
    }

    public void changeOffer(Subscription subscription, Offer offer, BillingCycle cycle) {
        subscription.setOffer(offer, cycle, now());
    }

    public void setPrice(Subscription subscription, Price price) {
        subscription.setPriceOverride(price, now());
    }

    public void setProductPrice(Api provider, Offer offer, BillingCycle cycle, Price price) {
        prices(provider).set(offer.product(), offer.term(), cycle, price);
    }

    public void setCloudProfiles(Tenant tenant, CloudProfileShape shape) {
        tenant.setCloudProfiles(shape);
    }

    public void setProvisioningDetails(Tenant tenant, boolean shown) {
        tenant.setProvisioningDetails(shown);
    }

    public void setDelegatedAccess(Tenant tenant, boolean granted) {
        tenant.setDelegatedAccess(granted);
    }

    public void setLastChange(Subscription subscription, Instant when) {
        subscription.setUpdatedAt(when);
    }

    public void setUnreadable(Subscription subscription, Unreadable how) {
        subscription.setUnreadable(how);
    }

    public void setQuantity(Subscription subscription, int quantity) {
        subscription.setQuantity(quantity, now());
    }

    public void setPendingQuantity(Subscription subscription, Integer quantity) {
        subscription.setPendingQuantity(quantity);
    }

    public void setAssigned(Subscription subscription, int assigned) {
        subscription.setAssigned(assigned);
    }

    public void setStatus(Subscription subscription, SubscriptionStatus status) {
        subscription.setStatus(status, now());
    }

    public void setAutoRenew(Subscription subscription, boolean autoRenew) {
        subscription.setAutoRenew(autoRenew, now());
    }

    void renew(Subscription subscription) {
        subscription.renew(now());
    }

    void nextDay() {
        today = today.plusDays(1);
    }

    long nextLine() {
        return nextLine++;
    }

    private Tenant newTenant(Api provider, TenantProfile profile) {
        return newTenant(provider, profile, random);
    }

    private Tenant newTenant(Api provider, TenantProfile profile, Random source) {
        UUID tenantId = Ids.uuid(source);
        String customerId = switch (provider) {
            case ION -> Long.toString(nextIonCustomer++);
            case PAX8 -> Ids.derived(tenantId, 0xC0L).toString();
            default -> tenantId.toString();
        };
        return factory.tenant(provider, customerId, tenantId, profile, now(), source);
    }

    private Tenant register(Tenant tenant) {
        book(tenant.provider()).add(tenant);
        byTenantId.put(tenant.tenantId(), tenant);
        domains.add(tenant.profile().domain().toLowerCase(Locale.ROOT));
        return tenant;
    }

    private TenantBook book(Api provider) {
        TenantBook book = books.get(provider);
        if (book == null) {
            throw new IllegalArgumentException(provider + " has no customers of its own");
        }
        return book;
    }
}
