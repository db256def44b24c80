package org.seatkeeper.batch.usage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.seatkeeper.db.usage.LicenseReading;
import org.seatkeeper.db.usage.UsageTarget;
import org.seatkeeper.providers.connector.DelegatedAccess;
import org.seatkeeper.providers.connector.TenantLicence;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.http.ProviderResponseException;

/**
 * Reads one tenant through its partner tenant's delegated access. A tenant the partner cannot read (access ended,
 * refused, an answer that makes no sense) becomes a read with a problem, shown on the customer and the run, and the
 * job goes on; a provider that is down or throttling after the transport's retries fails the chunk (the run is then
 * restarted where it stopped). One access per partner tenant and run.
 */
final class UsageProcessor implements org.springframework.batch.infrastructure.item.ItemProcessor<UsageTarget, UsageRead> {

    private final LongFunction<DelegatedAccess> accesses;
    private final Map<Long, DelegatedAccess> byProvider = new HashMap<>();

    UsageProcessor(LongFunction<DelegatedAccess> accesses) {
        this.accesses = accesses;
    }

    @Override
    public UsageRead process(UsageTarget target) {
        try {
            DelegatedAccess access = byProvider.computeIfAbsent(target.accessProviderId(), accesses::apply);
            List<LicenseReading> readings = access.licences(target.tenantId(), target.partnerCenterCustomerId()).stream()
                    .map(UsageProcessor::reading).toList();
            return new UsageRead(target, readings, null);
        } catch (ProviderAuthException | ProviderRejectedException | ProviderResponseException | IllegalArgumentException e) {
            return new UsageRead(target, List.of(), e.getMessage());
        }
    }

    private static LicenseReading reading(TenantLicence l) {
        return new LicenseReading(l.skuId(), l.skuPartNumber(), l.name(), Math.max(0, l.purchased()),
                Math.max(0, l.assigned()), Math.max(0, l.suspended()), Math.max(0, l.warning()), l.capabilityStatus(),
                l.usernames());
    }
}
