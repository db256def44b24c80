package org.seatkeeper.app.psabilling;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.batch.psa.AdditionDrafts;
import org.seatkeeper.batch.psa.LinkAdditions;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.CustomerCompany;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.QuantitySource;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.providers.connectwise.CwAddition;

/**
 * License links: what may be chosen (only open agreements of the customer's company, of a type the profile may go on),
 * the addition a choice stands for, and saving it with its audit entry.
 */
final class LicenseLinks {

    private final CustomerRepository customers;
    private final TenantLicenseRepository licenses;
    private final CustomerCompanyRepository companies;
    private final PsaDataRepository psa;
    private final BillingProfileRepository profiles;
    private final LicenseLinkRepository links;
    private final SkuMappingRepository mappings;
    private final LinkAdditions additions;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    LicenseLinks(CustomerRepository customers, TenantLicenseRepository licenses, CustomerCompanyRepository companies,
                 PsaDataRepository psa, BillingProfileRepository profiles, LicenseLinkRepository links,
                 SkuMappingRepository mappings, LinkAdditions additions, AuditLog audit, Transactions transactions, Clock clock) {
        this.customers = customers;
        this.licenses = licenses;
        this.companies = companies;
        this.psa = psa;
        this.profiles = profiles;
        this.links = links;
        this.mappings = mappings;
        this.additions = additions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A chosen profile, agreement and product that passed every check, and the addition they make. */
    record Checked(BillingProfile profile, PsaAgreement agreement, PsaProduct product, CwAddition addition) {
    }

    /** @throws HttpProblem 404 when the customer or its license does not exist */
    LinkContext context(long customerId, long licenseId) {
        Customer customer = customers.find(customerId).orElseThrow(() -> HttpProblem.notFound("That customer"));
        TenantLicense license = licenses.licenses(customerId).stream().filter(l -> l.id() == licenseId).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("That license"));
        Long company = companies.find(customerId).map(CustomerCompany::psaCompanyId).orElse(null);
        List<BillingProfile> candidates = profiles.list().stream().filter(p -> p.bills(license.skuId())).toList();
        Set<Long> types = candidates.stream().flatMap(p -> p.details().agreementTypeIds().stream()).collect(Collectors.toSet());
        List<PsaAgreement> agreements = company == null ? List.of() : psa.agreements(company, true).stream()
                .filter(a -> a.typeId() != null && types.contains(a.typeId())).toList();
        // the name the Licenses tab shows: the tenant's, else the SKU mapping's, else the part number
        String name = license.name() != null ? license.name() : mappings.list().stream()
                .filter(m -> m.skuId().equalsIgnoreCase(license.skuId())).map(SkuMapping::name).findFirst()
                .orElse(license.skuPartNumber() != null ? license.skuPartNumber() : license.skuId());
        return new LinkContext(customer, license, name, company, candidates, agreements, links.ofLicense(licenseId));
    }

    /** @return null when the form now says why the choice cannot be billed */
    Checked check(LinkContext ctx, Long linkId, LicenseLinkDetails d, FormModel form) {
        BillingProfile profile = ctx.profiles().stream().filter(p -> p.id() == d.billingProfileId()).findFirst().orElse(null);
        if (profile == null) {
            form.error("billingProfileId", "Choose one of the profiles that bill " + ctx.licenseName() + ".");
            return null;
        }
        PsaAgreement agreement = ctx.agreements().stream().filter(a -> a.id() == d.psaAgreementId()).findFirst().orElse(null);
        if (agreement == null) {
            form.error("psaAgreementId", "Choose one of the customer's active ConnectWise agreements.");
        } else if (!profile.details().agreementTypeIds().contains(agreement.typeId())) {
            form.error("psaAgreementId", agreement.name() + " is a " + agreement.typeName() + " agreement; " + profile.name()
                    + " may only go on " + typeNames(profile.details().agreementTypeIds()) + ".");
        }
        Set<String> terms = terms(profile, ctx.license());
        for (LicenseLink other : ctx.links()) {
            if (linkId != null && other.id() == linkId) {
                continue;
            }
            BillingProfile otherProfile = profiles.find(other.details().billingProfileId()).orElse(null);
            if (otherProfile != null && otherProfile.id() == profile.id()) {
                form.error("billingProfileId", "This license is linked to " + profile.name() + " already: edit that link.");
            } else if (otherProfile != null && terms.stream().anyMatch(terms(otherProfile, ctx.license())::contains)) {
                form.error("billingProfileId", otherProfile.name() + " bills this license in the same term already.");
            } else if (d.quantitySource() == QuantitySource.PURCHASED || other.details().quantitySource() == QuantitySource.PURCHASED) {
                form.error("quantitySource", "The tenant's purchased count covers every term: with a link per term, bill "
                        + "Seatkeeper's subscription quantity.");
            }
        }
        PsaProduct product = psa.products().stream().filter(p -> p.id() == profile.details().psaProductId()).findFirst()
                .orElse(null);
        if (product == null) {
            form.error("billingProfileId", profile.name() + "'s ConnectWise product is no longer in the catalog: edit the"
                    + " profile first.");
        }
        if (form.hasErrors()) {
            return null;
        }
        CwAddition addition = AdditionDrafts.draft(additions.input(ctx.license(), d, profile, product));
        return new Checked(profile, agreement, product, addition);
    }

    /** @return the link's id, or null when the form now says why it cannot be saved */
    Long save(String actor, LinkContext ctx, Long linkId, LicenseLinkDetails d, Checked checked, FormModel form) {
        return transactions.inTransaction(() -> {
            String summary = ctx.customer().name() + ": " + ctx.licenseName() + " billed through " + checked.profile().name()
                    + " on " + checked.agreement().name();
            if (linkId == null) {
                long id = links.create(ctx.license().id(), d, actor, clock.instant());
                audit.record(actor, AuditAction.LINK, AuditEntity.LICENSE_LINK, id, summary, null, describe(d));
                return id;
            }
            LicenseLink before = links.find(linkId).orElseThrow();
            try {
                links.update(linkId, d, actor, clock.instant(), form.version());
            } catch (OptimisticLockException e) {
                form.error("billingProfileId", "Someone changed this link since you opened it. Reload the page to see"
                        + " their change, then make yours again.");
                return null;
            }
            audit.record(actor, AuditAction.UPDATE, AuditEntity.LICENSE_LINK, linkId, summary, describe(before.details()), describe(d));
            return linkId;
        });
    }

    /**
     * Removes the link (audited). Its addition in ConnectWise is not touched here: the PSA sync's record of it stays,
     * so the next sync (nightly, or "Sync now") cancels it, dated the day before it runs.
     *
     * @return false when the form now says why it was not removed (someone changed the link meanwhile)
     */
    boolean remove(String actor, LinkContext ctx, LicenseLink link, String what, FormModel form) {
        int version = form.version();
        return transactions.inTransaction(() -> {
            try {
                links.delete(link.id(), version);
            } catch (OptimisticLockException e) {
                form.error("version", "Someone changed this link since you opened it. Open it again to see their change,"
                        + " then remove it if it still should go.");
                return false;
            }
            audit.record(actor, AuditAction.UNLINK, AuditEntity.LICENSE_LINK, link.id(), ctx.customer().name() + ": "
                    + ctx.licenseName() + " no longer billed through " + what + "; the next PSA sync cancels its"
                    + " ConnectWise addition", describe(link.details()), null);
            return true;
        });
    }

    /** "profile on agreement", in the words the link page uses. */
    String describe(LinkContext ctx, LicenseLink link) {
        String profile = ctx.profiles().stream().filter(p -> p.id() == link.details().billingProfileId())
                .map(BillingProfile::name).findFirst()
                .orElseGet(() -> profiles.find(link.details().billingProfileId()).map(BillingProfile::name)
                        .orElse("profile #" + link.details().billingProfileId()));
        String agreement = psa.agreement(link.details().psaAgreementId()).map(PsaAgreement::name)
                .orElse("agreement #" + link.details().psaAgreementId());
        return profile + " on " + agreement;
    }

    private String typeNames(Collection<Long> ids) {
        Map<Long, String> names = psa.agreementTypes().stream().collect(Collectors.toMap(t -> t.id(), t -> t.name()));
        return ids.stream().map(id -> names.getOrDefault(id, "type #" + id)).sorted().collect(Collectors.joining(" or "));
    }

    private static Set<String> terms(BillingProfile profile, TenantLicense license) {
        return profile.details().skus().stream().filter(s -> s.skuId().equalsIgnoreCase(license.skuId()))
                .map(SkuTerm::term).collect(Collectors.toSet());
    }

    private static AuditState describe(LicenseLinkDetails d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("billingProfileId", d.billingProfileId());
        state.put("psaAgreementId", d.psaAgreementId());
        state.put("billingStartDate", d.billingStartDate().toString());
        state.put("usernamesOnInvoice", d.usernamesOnInvoice());
        state.put("minimumQuantity", d.minimumQuantity());
        state.put("showUnassigned", d.showUnassigned());
        state.put("quantitySource", d.quantitySource().name());
        return AuditState.of(state);
    }
}
