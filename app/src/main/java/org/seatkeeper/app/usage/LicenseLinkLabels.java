package org.seatkeeper.app.usage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.UnlinkedLicense;
import org.seatkeeper.db.psabilling.UnlinkedLicenses;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;

/** The Licenses tab's billing column: each license's links as "profile on agreement", and the licenses not billed. */
final class LicenseLinkLabels {

    private static final java.time.format.DateTimeFormatter SYNCED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    private final LicenseLinkRepository links;
    private final BillingProfileRepository profiles;
    private final PsaDataRepository psa;
    private final UnlinkedLicenses unlinked;
    private final LinkAdditionRepository additions;

    LicenseLinkLabels(LicenseLinkRepository links, BillingProfileRepository profiles, PsaDataRepository psa,
                      UnlinkedLicenses unlinked, LinkAdditionRepository additions) {
        this.additions = additions;
        this.links = links;
        this.profiles = profiles;
        this.psa = psa;
        this.unlinked = unlinked;
    }

    Map<Long, List<LicenseRow.Link>> of(long customerId) {
        List<LicenseLink> all = links.ofCustomer(customerId);
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> profileNames = profiles.list().stream().collect(Collectors.toMap(BillingProfile::id, BillingProfile::name));
        Map<Long, List<LicenseRow.Link>> out = new HashMap<>();
        for (LicenseLink link : all) {
            var d = link.details();
            String agreement = psa.agreement(d.psaAgreementId()).map(PsaAgreement::name).orElse("agreement #" + d.psaAgreementId());
            out.computeIfAbsent(link.tenantLicenseId(), k -> new ArrayList<>()).add(new LicenseRow.Link(
                    profileNames.getOrDefault(d.billingProfileId(), "profile #" + d.billingProfileId()) + " on " + agreement,
                    "/customers/" + customerId + "/licenses/" + link.tenantLicenseId() + "/links/" + link.id()));
        }
        return out;
    }

    /**
     * Each linked license's last PSA sync: when, the quantity ConnectWise bills, and what holds it back, from the
     * sync's records of the license's links ("2026-12-07 08:00 · 12 in ConnectWise · edited in ConnectWise").
     */
    Map<Long, String> lastSyncs(long customerId) {
        Map<Long, String> out = new HashMap<>();
        for (LinkAdditionState s : additions.ofCustomer(customerId)) {
            String state = switch (s.state()) {
                case IN_SYNC -> "";
                case EDITED_IN_PSA -> " · edited in ConnectWise";
                case CUT_OVER_NEEDED -> " · cut-over needed";
                case FAILED -> " · failed";
            };
            String line = SYNCED.format(s.syncedAt()) + " · " + (s.psaQuantity() == null ? "nothing" : s.psaQuantity())
                    + " in ConnectWise" + state;
            out.merge(s.tenantLicenseId(), line, (a, b) -> a + "; " + b);
        }
        return out;
    }

    /** "Microsoft 365 Business Premium (10 purchased)" for each license Seatkeeper sells that is not billed yet. */
    List<String> unlinked(long customerId) {
        return unlinked.ofCustomer(customerId).stream().map(LicenseLinkLabels::describe).toList();
    }

    private static String describe(UnlinkedLicense l) {
        return l.licenseName() + " (" + l.purchased() + " purchased)";
    }
}
