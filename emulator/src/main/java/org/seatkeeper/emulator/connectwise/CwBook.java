package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.Tenant;
import org.seatkeeper.emulator.data.World;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The PSA side: companies, contacts, agreements (with their types) and additions for the first tenants of each
 * provider, with deliberate differences: some companies match their tenant by name only (no website), some by website
 * only (another name), a few are nobody's tenant; some additions are off by a few seats, some subscriptions have none;
 * one Microsoft 365 agreement in five does not prorate. Kept as JSON objects; every access is synchronized on the book.
 */
final class CwBook implements java.io.Serializable {

    /** A PSA knows a few companies, not the whole benchmark world. */
    static final int COMPANIES_PER_PROVIDER = 40;
    /** Who a change made through the API is recorded as (ConnectWise records the API member). */
    static final String API_MEMBER = "SeatkeeperAPI";

    private final Map<Integer, ObjectNode> companies = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> agreements = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> additions = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> catalog = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> types = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> contacts = new LinkedHashMap<>();
    private final Clock clock;
    private int nextAdditionId = 50_001;
    private int nextAgreementId = 2001;
    private int nextContactId = 70_001;

    /** Saved with the emulator's world (see SavedWorld): not while a request changes the book. */
    private synchronized void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
    }

    CwBook(World world, long seed, Clock clock) {
        this.clock = clock;
        Random random = new Random(seed ^ 0xC0FFEEL);
        int catalogId = 301;
        for (Offer offer : world.catalog().offers()) {
            catalog.put(catalogId, CwJson.catalogItem(catalogId, offer));
            catalogId++;
        }
        for (String[] type : new String[][]{{"1", "Managed Services"}, {"3", "Microsoft 365"}, {"4", "Microsoft 365 Annual"}, {"5", "Block Time"}}) {
            types.put(Integer.parseInt(type[0]), CwJson.agreementType(Integer.parseInt(type[0]), type[1]));
        }
        world.read(() -> {
            int companyId = 1001;
            LocalDate today = world.today();
            for (Api provider : List.of(Api.PARTNER_CENTER, Api.ION, Api.PAX8)) {
                List<Tenant> tenants = world.tenants(provider);
                for (int i = 0; i < Math.min(COMPANIES_PER_PROVIDER, tenants.size()); i++) {
                    Tenant tenant = tenants.get(i);
                    ObjectNode company = CwJson.company(companyId, tenant, i % 5 == 3, i % 7 == 6);
                    companies.put(companyId, company);
                    addContact(CwJson.contact(companyId * 10, company, tenant.profile()));
                    ObjectNode agreement = addAgreement(company, "Microsoft 365 - " + tenant.profile().companyName(), types.get(3),
                            "Active", today.minusYears(1).withDayOfMonth(1), tenant.profile().currency(), i % 5 != 4);
                    addAdditions(agreement, tenant, random);
                    if (random.nextInt(4) == 0) {
                        addAgreement(company, "Managed Services - " + tenant.profile().companyName(), types.get(1),
                                random.nextBoolean() ? "Cancelled" : "Expired", today.minusYears(3).withDayOfMonth(1),
                                tenant.profile().currency(), true);
                    }
                    companyId++;
                }
            }
            for (String name : List.of("Seatkeeper Demo MSP", "Walk-in Customers")) {
                ObjectNode company = CwJson.internalCompany(companyId, name);
                companies.put(companyId, company);
                addContact(CwJson.contact(companyId * 10, company, null));
                companyId++;
            }
            return null;
        });
    }

    private void addAdditions(ObjectNode agreement, Tenant tenant, Random random) {
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
            ObjectNode addition = CwJson.addition(id, agreement, product, quantity, s.purchasedAt().toString().substring(0, 10) + "T00:00:00Z",
                    null, s.offer().product().name() + " (" + s.offer().term().title() + ")");
            CwJson.recompute(addition, "jsmith", clock.instant());
            additions.put(id, addition);
        }
    }

    synchronized ObjectNode addAgreement(ObjectNode company, String name, ObjectNode type, String status, LocalDate start,
                                         String currency, boolean prorate) {
        int id = nextAgreementId++;
        ObjectNode agreement = CwJson.agreement(id, company, name, type, status, start, currency, prorate);
        agreements.put(id, agreement);
        return agreement;
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

    synchronized List<ObjectNode> agreementTypes() {
        return new ArrayList<>(types.values());
    }

    synchronized ObjectNode agreementType(int id) {
        return types.get(id);
    }

    synchronized ObjectNode agreementType(String name) {
        return types.values().stream().filter(t -> t.get("name").asText().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    synchronized List<ObjectNode> catalog() {
        return new ArrayList<>(catalog.values());
    }

    synchronized List<ObjectNode> contacts() {
        return contacts.values().stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized ObjectNode contact(int id) {
        ObjectNode contact = contacts.get(id);
        return contact == null ? null : contact.deepCopy();
    }

    synchronized ObjectNode addContact(ObjectNode contact) {
        int id = contact.has("id") ? contact.get("id").asInt() : nextContactId++;
        contact.put("id", id);
        contact.putObject("_info").put("lastUpdated", clock.instant().toString()).put("updatedBy", API_MEMBER);
        contacts.put(id, contact);
        return contact.deepCopy();
    }

    synchronized void replaceContact(int id, ObjectNode contact) {
        contact.putObject("_info").put("lastUpdated", clock.instant().toString()).put("updatedBy", API_MEMBER);
        contacts.put(id, contact);
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
        CwJson.recompute(addition, API_MEMBER, clock.instant());
        additions.put(id, addition);
        return addition.deepCopy();
    }

    /** @param updatedBy the API member, or a person's identifier when the control API edits it "by hand" */
    synchronized void replaceAddition(int id, ObjectNode addition, String updatedBy) {
        CwJson.recompute(addition, updatedBy, clock.instant());
        additions.put(id, addition);
    }

    synchronized void setAgreementStatus(int id, String status) {
        ObjectNode agreement = agreements.get(id);
        agreement.put("agreementStatus", status).put("cancelledFlag", status.equals("Cancelled"))
                .put("noEndingDateFlag", status.equals("Active"));
        additions.values().stream().filter(a -> a.get("agreementId").asInt() == id).forEach(a -> a.put("agreementStatus", status));
    }

    static String identifier(String name) {
        String slug = name.replaceAll("[^A-Za-z0-9]", "");
        return (slug.length() > 20 ? slug.substring(0, 20) : slug).toUpperCase(Locale.ROOT);
    }
}
