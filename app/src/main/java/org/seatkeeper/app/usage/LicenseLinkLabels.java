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

/** The Licenses tab's billing column: each license's links as "profile on agreement", and the licenses not billed. */
final class LicenseLinkLabels {

    private final LicenseLinkRepository links;
    private final BillingProfileRepository profiles;
    private final PsaDataRepository psa;
    private final UnlinkedLicenses unlinked;

    LicenseLinkLabels(LicenseLinkRepository links, BillingProfileRepository profiles, PsaDataRepository psa,
                      UnlinkedLicenses unlinked) {
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

    /** "Microsoft 365 Business Premium (10 purchased)" for each license Seatkeeper sells that is not billed yet. */
    List<String> unlinked(long customerId) {
        return unlinked.ofCustomer(customerId).stream().map(LicenseLinkLabels::describe).toList();
    }

    private static String describe(UnlinkedLicense l) {
        return l.licenseName() + " (" + l.purchased() + " purchased)";
    }
}
