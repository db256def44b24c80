package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The PSA side: companies, agreements and additions for the first tenants of each provider, with deliberate
 * mismatches (some additions off by a few seats, some subscriptions without an addition). Kept as JSON objects;
 * every access is synchronized on the book.
 */
final class CwBook {

    /** A PSA knows a few companies, not the whole benchmark world. */
    static final int COMPANIES_PER_PROVIDER = 40;

    private final Map<Integer, ObjectNode> companies = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> agreements = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> additions = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> catalog = new LinkedHashMap<>();
    private int nextAdditionId = 50_001;

    CwBook(World world, long seed) {
        Random random = new Random(seed ^ 0xC0FFEEL);
        int catalogId = 301;
        for (Offer offer : world.catalog().offers()) {
            catalog.put(catalogId, CwJson.catalogItem(catalogId, offer));
            catalogId++;
        }
        world.read(() -> {
            int companyId = 1001;
            int agreementId = 2001;
            LocalDate today = world.today();
            for (Api provider : List.of(Api.PARTNER_CENTER, Api.ION, Api.PAX8)) {
                List<Tenant> tenants = world.tenants(provider);
                for (int i = 0; i < Math.min(COMPANIES_PER_PROVIDER, tenants.size()); i++) {
                    Tenant tenant = tenants.get(i);
                    ObjectNode company = CwJson.company(companyId, tenant);
                    companies.put(companyId, company);
                    ObjectNode agreement = CwJson.agreement(agreementId, company, "Microsoft 365 - " + tenant.profile().companyName(),
                            "Microsoft 365", "Active", today.minusYears(1).withDayOfMonth(1), tenant.profile().currency());
                    agreements.put(agreementId, agreement);
                    addAdditions(agreement, tenant, random, today);
                    agreementId++;
                    if (random.nextInt(4) == 0) {
                        String status = random.nextBoolean() ? "Cancelled" : "Expired";
                        agreements.put(agreementId, CwJson.agreement(agreementId, company, "Managed Services - " + tenant.profile().companyName(),
                                "Managed Services", status, today.minusYears(3).withDayOfMonth(1), tenant.profile().currency()));
                        agreementId++;
                    }
                    companyId++;
                }
            }
            return null;
        });
    }

    private void addAdditions(ObjectNode agreement, Tenant tenant, Random random, LocalDate today) {
        for (Subscription s : tenant.subscriptions()) {
            if (!s.offer().product().licenseBased() || !s.status().isActive() || random.nextInt(100) < 5) {
                continue;
            }
            int quantity = s.quantity();
            if (random.nextInt(100) < 10) {
                quantity = Math.max(1, quantity + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3)));
            }
            ObjectNode product = catalogItem(s.offer().catalogIdentifier());
            int id = nextAdditionId++;
            additions.put(id, CwJson.addition(id, agreement, product, quantity, s.purchasedAt().toString().substring(0, 10) + "T00:00:00Z",
                    null, s.offer().product().name() + " (" + s.offer().term().title() + ")"));
        }
    }

    synchronized ObjectNode catalogItem(String identifier) {
        return catalog.values().stream().filter(c -> c.get("identifier").asText().equalsIgnoreCase(identifier)).findFirst().orElse(null);
    }

    synchronized ObjectNode catalogItem(int id) {
        return catalog.get(id);
    }

    synchronized List<ObjectNode> companies() {
        return new ArrayList<>(companies.values());
    }

    synchronized ObjectNode company(int id) {
        return companies.get(id);
    }

    synchronized List<ObjectNode> agreements() {
        return new ArrayList<>(agreements.values());
    }

    synchronized ObjectNode agreement(int id) {
        return agreements.get(id);
    }

    synchronized List<ObjectNode> catalog() {
        return new ArrayList<>(catalog.values());
    }

    synchronized List<ObjectNode> additions(int agreementId) {
        return additions.values().stream().filter(a -> a.get("agreementId").asInt() == agreementId).map(ObjectNode::deepCopy).toList();
    }

    synchronized ObjectNode addition(int agreementId, int id) {
        ObjectNode addition = additions.get(id);
        return addition == null || addition.get("agreementId").asInt() != agreementId ? null : addition.deepCopy();
    }

    synchronized ObjectNode addAddition(ObjectNode agreement, ObjectNode product, int quantity, String effectiveDate, ObjectNode extra) {
        int id = nextAdditionId++;
        ObjectNode addition = CwJson.addition(id, agreement, product, quantity, effectiveDate, null, product.get("description").asText());
        extra.fields().forEachRemaining(e -> {
            if (!List.of("id", "agreementId", "product", "_info").contains(e.getKey())) {
                addition.set(e.getKey(), e.getValue());
            }
        });
        CwJson.recompute(addition);
        additions.put(id, addition);
        return addition.deepCopy();
    }

    synchronized void replaceAddition(int id, ObjectNode addition) {
        CwJson.recompute(addition);
        additions.put(id, addition);
    }

    static String identifier(String name) {
        String slug = name.replaceAll("[^A-Za-z0-9]", "");
        return (slug.length() > 20 ? slug.substring(0, 20) : slug).toUpperCase(Locale.ROOT);
    }
}
