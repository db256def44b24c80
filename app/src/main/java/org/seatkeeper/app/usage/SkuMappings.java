package org.seatkeeper.app.usage;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingDetails;
import org.seatkeeper.db.usage.SkuMappingRepository;

/** Staff's changes to the SKU mapping table, each in one transaction with its audit entry. */
final class SkuMappings {

    private final SkuMappingRepository mappings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    SkuMappings(SkuMappingRepository mappings, AuditLog audit, Transactions transactions, Clock clock) {
        this.mappings = mappings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param id null for a new mapping
     * @return the mapping's id, or null when the form now says why it cannot be saved
     */
    Long save(String actor, Long id, SkuMappingDetails details, FormModel form) {
        return transactions.inTransaction(() -> {
            mappings.byProductRef(details.productRef()).filter(other -> id == null || other.id() != id).ifPresent(other ->
                    form.error("productRef", "The mapping of " + other.name() + " already has this product."));
            if (form.hasErrors()) {
                return null;
            }
            if (id == null) {
                long created = mappings.create(details, actor, clock.instant());
                audit.record(actor, AuditAction.CREATE, AuditEntity.SKU_MAPPING, created, "SKU mapping " + details.skuPartNumber() + " ↔ "
                        + details.productRef() + " added", null, describe(details));
                return created;
            }
            SkuMapping before = mappings.find(id).orElseThrow();
            mappings.update(id, details, actor, clock.instant(), form.version());
            audit.record(actor, AuditAction.UPDATE, AuditEntity.SKU_MAPPING, id, "SKU mapping " + details.skuPartNumber() + " ↔ "
                    + details.productRef() + " changed", describe(new SkuMappingDetails(before.skuId(),
                    before.skuPartNumber(), before.productRef(), before.name())), describe(details));
            return id;
        });
    }

    private static AuditState describe(SkuMappingDetails d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("skuId", d.skuId());
        state.put("skuPartNumber", d.skuPartNumber());
        state.put("productRef", d.productRef());
        state.put("name", d.name());
        return AuditState.of(state);
    }
}
