package org.seatkeeper.db.usage;

import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE;
import static org.seatkeeper.db.jooq.Tables.TENANT_LICENSE_USER;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.seatkeeper.db.jooq.tables.records.TenantLicenseRecord;

/**
 * The licenses of customers' tenants as the license usage job last read them, and who holds each. A read replaces
 * what a customer's tenant says; a SKU it no longer lists is kept, not present, with zero counts (links may point at
 * it). No transaction code.
 */
public final class TenantLicenseRepository {

    private static final int USERNAME_LENGTH = 320;

    private final DSLContext dsl;

    public TenantLicenseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The customer's licenses: present ones first, then by SKU name. */
    public List<TenantLicense> licenses(long customerId) {
        return dsl.selectFrom(TENANT_LICENSE).where(TENANT_LICENSE.CUSTOMER_ID.eq(customerId))
                .orderBy(TENANT_LICENSE.PRESENT.desc(), TENANT_LICENSE.SKU_PART_NUMBER, TENANT_LICENSE.ID)
                .fetch(TenantLicenseRepository::toLicense);
    }

    /** The licenses with these ids, by id. */
    public Map<Long, TenantLicense> withIds(java.util.Collection<Long> ids) {
        Map<Long, TenantLicense> out = new HashMap<>();
        dsl.selectFrom(TENANT_LICENSE).where(TENANT_LICENSE.ID.in(ids)).fetch(TenantLicenseRepository::toLicense)
                .forEach(l -> out.put(l.id(), l));
        return out;
    }

    public java.util.Optional<TenantLicense> find(long id) {
        return dsl.selectFrom(TENANT_LICENSE).where(TENANT_LICENSE.ID.eq(id)).fetchOptional(TenantLicenseRepository::toLicense);
    }

    /** Who holds each of the customer's licenses, by license id, sorted. */
    public Map<Long, List<String>> usernames(long customerId) {
        Map<Long, List<String>> out = new HashMap<>();
        dsl.select(TENANT_LICENSE_USER.TENANT_LICENSE_ID, TENANT_LICENSE_USER.USERNAME)
                .from(TENANT_LICENSE_USER).join(TENANT_LICENSE).on(TENANT_LICENSE.ID.eq(TENANT_LICENSE_USER.TENANT_LICENSE_ID))
                .where(TENANT_LICENSE.CUSTOMER_ID.eq(customerId))
                .orderBy(TENANT_LICENSE_USER.USERNAME)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
        return out;
    }

    /**
     * Stores one read of the customer's tenant.
     *
     * @return how many licenses changed (counts, presence or holders)
     */
    public int save(long customerId, List<LicenseReading> readings, Instant readAt) {
        Map<String, TenantLicense> existing = new HashMap<>();
        licenses(customerId).forEach(l -> existing.put(key(l.skuId()), l));
        Map<Long, List<String>> holders = usernames(customerId);
        Set<String> seen = new HashSet<>();
        int changed = 0;
        for (LicenseReading reading : readings) {
            if (!seen.add(key(reading.skuId()))) {
                continue;
            }
            TenantLicense before = existing.get(key(reading.skuId()));
            long id = before == null ? insert(customerId, reading, readAt) : before.id();
            boolean countsChanged = before != null && !same(before, reading);
            if (countsChanged) {
                update(id, reading, readAt);
            }
            boolean holdersChanged = replaceHolders(id, holders.getOrDefault(id, List.of()), reading.usernames());
            changed += before == null || countsChanged || holdersChanged ? 1 : 0;
        }
        for (TenantLicense gone : existing.values()) {
            if (gone.present() && !seen.contains(key(gone.skuId()))) {
                update(gone.id(), new LicenseReading(gone.skuId(), gone.skuPartNumber(), gone.name(), 0, 0, 0, 0,
                        gone.capabilityStatus(), List.of()), readAt);
                dsl.update(TENANT_LICENSE).set(TENANT_LICENSE.PRESENT, false).where(TENANT_LICENSE.ID.eq(gone.id())).execute();
                dsl.deleteFrom(TENANT_LICENSE_USER).where(TENANT_LICENSE_USER.TENANT_LICENSE_ID.eq(gone.id())).execute();
                changed++;
            }
        }
        return changed;
    }

    private long insert(long customerId, LicenseReading r, Instant readAt) {
        return dsl.insertInto(TENANT_LICENSE)
                .set(TENANT_LICENSE.CUSTOMER_ID, customerId)
                .set(TENANT_LICENSE.SKU_ID, r.skuId())
                .set(TENANT_LICENSE.SKU_PART_NUMBER, r.skuPartNumber())
                .set(TENANT_LICENSE.NAME, r.name())
                .set(TENANT_LICENSE.PURCHASED, r.purchased())
                .set(TENANT_LICENSE.ASSIGNED, r.assigned())
                .set(TENANT_LICENSE.UNASSIGNED, r.unassigned())
                .set(TENANT_LICENSE.SUSPENDED, r.suspended())
                .set(TENANT_LICENSE.WARNING, r.warning())
                .set(TENANT_LICENSE.CAPABILITY_STATUS, r.capabilityStatus())
                .set(TENANT_LICENSE.READ_AT, readAt)
                .returning(TENANT_LICENSE.ID)
                .fetchOne(TENANT_LICENSE.ID);
    }

    private void update(long id, LicenseReading r, Instant readAt) {
        dsl.update(TENANT_LICENSE)
                .set(TENANT_LICENSE.SKU_PART_NUMBER, r.skuPartNumber())
                .set(TENANT_LICENSE.NAME, r.name())
                .set(TENANT_LICENSE.PURCHASED, r.purchased())
                .set(TENANT_LICENSE.ASSIGNED, r.assigned())
                .set(TENANT_LICENSE.UNASSIGNED, r.unassigned())
                .set(TENANT_LICENSE.SUSPENDED, r.suspended())
                .set(TENANT_LICENSE.WARNING, r.warning())
                .set(TENANT_LICENSE.CAPABILITY_STATUS, r.capabilityStatus())
                .set(TENANT_LICENSE.PRESENT, true)
                .set(TENANT_LICENSE.READ_AT, readAt)
                .where(TENANT_LICENSE.ID.eq(id))
                .execute();
    }

    private boolean replaceHolders(long licenseId, List<String> before, List<String> after) {
        Set<String> wanted = new TreeSet<>();
        after.stream().filter(u -> u != null && !u.isBlank() && u.length() <= USERNAME_LENGTH).forEach(wanted::add);
        if (new TreeSet<>(before).equals(wanted)) {
            return false;
        }
        dsl.deleteFrom(TENANT_LICENSE_USER).where(TENANT_LICENSE_USER.TENANT_LICENSE_ID.eq(licenseId)).execute();
        var insert = dsl.insertInto(TENANT_LICENSE_USER, TENANT_LICENSE_USER.TENANT_LICENSE_ID, TENANT_LICENSE_USER.USERNAME);
        for (String username : wanted) {
            insert = insert.values(licenseId, username);
        }
        if (!wanted.isEmpty()) {
            insert.execute();
        }
        return true;
    }

    private static boolean same(TenantLicense l, LicenseReading r) {
        return l.present() && l.purchased() == r.purchased() && l.assigned() == r.assigned()
                && l.suspended() == r.suspended() && l.warning() == r.warning()
                && java.util.Objects.equals(l.skuPartNumber(), r.skuPartNumber()) && java.util.Objects.equals(l.name(), r.name())
                && java.util.Objects.equals(l.capabilityStatus(), r.capabilityStatus());
    }

    private static String key(String skuId) {
        return skuId.toLowerCase(Locale.ROOT);
    }

    private static TenantLicense toLicense(TenantLicenseRecord r) {
        return new TenantLicense(r.getId(), r.getCustomerId(), r.getSkuId(), r.getSkuPartNumber(), r.getName(),
                r.getPurchased(), r.getAssigned(), r.getUnassigned(), r.getSuspended(), r.getWarning(),
                r.getCapabilityStatus(), r.getPresent(), r.getReadAt());
    }
}
