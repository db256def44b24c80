package org.seatkeeper.app.psabilling;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.psa.PsaAgreementType;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.BillingProfileDetails;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.SeatkeeperPrices;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;

/**
 * Staff's billing profiles: checked against the PSA data and the SKU mappings, price and cost defaulted from
 * Seatkeeper's product when left empty, each change in one transaction with its audit entry.
 */
final class BillingProfiles {

    private final BillingProfileRepository profiles;
    private final PsaDataRepository psa;
    private final SkuMappingRepository mappings;
    private final SeatkeeperPrices prices;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    BillingProfiles(BillingProfileRepository profiles, PsaDataRepository psa, SkuMappingRepository mappings,
                    SeatkeeperPrices prices, AuditLog audit, Transactions transactions, Clock clock) {
        this.profiles = profiles;
        this.psa = psa;
        this.mappings = mappings;
        this.prices = prices;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param id null for a new profile
     * @return the profile's id, or null when the form now says why it cannot be saved
     */
    Long save(String actor, Long id, BillingProfileForm typed, FormModel form) {
        return transactions.inTransaction(() -> {
            BillingProfileDetails details = check(id, typed, form);
            if (details == null) {
                return null;
            }
            if (id == null) {
                long created = profiles.create(details, actor, clock.instant());
                audit.record(actor, AuditAction.CREATE, AuditEntity.BILLING_PROFILE, created, "Billing profile " + details.name() + " added",
                        null, describe(details));
                return created;
            }
            BillingProfile before = profiles.find(id).orElseThrow();
            try {
                profiles.update(id, details, actor, clock.instant(), form.version());
            } catch (OptimisticLockException e) {
                form.error("name", "Someone changed this profile since you opened it. Reload the page to see their change,"
                        + " then make yours again.");
                return null;
            }
            audit.record(actor, AuditAction.UPDATE, AuditEntity.BILLING_PROFILE, id, "Billing profile " + details.name() + " changed",
                    describe(before.details()), describe(details));
            return id;
        });
    }

    private BillingProfileDetails check(Long id, BillingProfileForm typed, FormModel form) {
        profiles.byName(typed.name()).filter(other -> id == null || other.id() != id).ifPresent(other ->
                form.error("name", "Another profile is called " + other.name() + ". Choose another name."));
        PsaProduct product = typed.psaProductId() == null ? null
                : psa.products().stream().filter(p -> p.id() == typed.psaProductId()).findFirst().orElse(null);
        if (typed.psaProductId() != null && product == null) {
            form.error("psaProductId", "Choose one of the ConnectWise catalog products (Refresh PSA data if it is missing).");
        }
        Set<Long> knownTypes = psa.agreementTypes().stream().map(PsaAgreementType::id).collect(Collectors.toSet());
        if (!knownTypes.containsAll(typed.agreementTypeIds())) {
            form.error(BillingProfileForm.TYPES, "Tick the agreement types from the list.");
        }
        Set<String> knownSkus = mappings.list().stream().map(m -> m.skuId().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        if (!typed.skus().stream().allMatch(s -> knownSkus.contains(s.skuId()))) {
            form.error(BillingProfileForm.SKUS, "Tick the licenses and terms from the list.");
        }
        BigDecimal price = typed.unitPrice();
        BigDecimal cost = typed.unitCost();
        if ((price == null || cost == null) && !form.hasErrors()) {
            var seatkeeper = prices.of(typed.skus(), typed.currency()).orElse(null);
            if (price == null) {
                price = seatkeeper == null ? null : seatkeeper.listPrice();
                form.with("unitPrice", price == null ? "" : price.stripTrailingZeros().toPlainString());
            }
            if (cost == null) {
                cost = seatkeeper == null ? null : seatkeeper.unitCost();
                form.with("unitCost", cost == null ? "" : cost.stripTrailingZeros().toPlainString());
            }
            if (price == null) {
                form.error("unitPrice", "Enter the unit price: no Seatkeeper product of the ticked licenses and terms has a "
                        + "list price in " + typed.currency() + ".");
            }
            if (cost == null) {
                form.error("unitCost", "Enter the unit cost: no Seatkeeper product of the ticked licenses and terms has a "
                        + "cost in " + typed.currency() + ".");
            }
        }
        if (form.hasErrors()) {
            return null;
        }
        return new BillingProfileDetails(typed.name(), product.id(), price, cost, typed.currency(), typed.agreementTypeIds(),
                typed.skus());
    }

    private AuditState describe(BillingProfileDetails d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", d.name());
        state.put("psaProductId", d.psaProductId());
        state.put("unitPrice", d.unitPrice().toPlainString());
        state.put("unitCost", d.unitCost().toPlainString());
        state.put("currency", d.currency());
        state.put("agreementTypeIds", d.agreementTypeIds().stream().sorted().toList());
        state.put("skus", d.skus().stream().map(SkuTerm::value).sorted().toList());
        return AuditState.of(state);
    }

    /** The SKU name staff know a SKU by (its first mapping's), else its id. */
    static String skuName(java.util.List<SkuMapping> mappings, String skuId) {
        return mappings.stream().filter(m -> m.skuId().equalsIgnoreCase(skuId)).map(SkuMapping::name).findFirst().orElse(skuId);
    }
}
