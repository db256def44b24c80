package org.seatkeeper.batch.psasync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.batch.psa.AdditionDrafts;
import org.seatkeeper.batch.psa.BillingQuantity;
import org.seatkeeper.batch.psa.LinkAdditions;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.providers.connectwise.Conditions;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.seatkeeper.providers.connectwise.CwAddition;
import org.seatkeeper.providers.http.Parsed;

/**
 * Gathers one agreement's inputs (the links' drafts from the database, the agreement's live additions from ConnectWise:
 * one paged read) and plans its writes with {@link SyncPlanner}. The job and the Preview page both plan through it, so
 * the preview lists exactly what the next run writes.
 */
public final class AgreementSyncs {

    /** A run's scope: every link, a customer's, or one link. */
    public record Scope(Long customerId, Long linkId) {
        public static final Scope ALL = new Scope(null, null);
    }

    /** One agreement's plan. */
    public record AgreementPlan(long agreementId, String agreementName, List<LinkOutcome> outcomes) {
        public boolean writes() {
            return outcomes.stream().anyMatch(LinkOutcome::writesAny);
        }
    }

    private final LinkAdditionRepository records;
    private final LicenseLinkRepository links;
    private final TenantLicenseRepository licenses;
    private final BillingProfileRepository profiles;
    private final PsaDataRepository psa;
    private final CustomerRepository customers;
    private final LinkAdditions additions;
    private final Clock clock;

    public AgreementSyncs(LinkAdditionRepository records, LicenseLinkRepository links, TenantLicenseRepository licenses,
                          BillingProfileRepository profiles, PsaDataRepository psa, CustomerRepository customers,
                          LinkAdditions additions, Clock clock) {
        this.records = records;
        this.links = links;
        this.licenses = licenses;
        this.profiles = profiles;
        this.psa = psa;
        this.customers = customers;
        this.additions = additions;
        this.clock = clock;
    }

    public AgreementPlan plan(ConnectWiseClient client, long agreementId, Scope scope, LocalDate today) {
        Optional<PsaAgreement> agreement = psa.agreement(agreementId);
        List<LinkWant> wants = new ArrayList<>();
        // read once per agreement, not per link: an agreement's links are mostly one customer's
        Reads reads = new Reads(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        psa.products().forEach(p -> reads.products().put(p.id(), p));
        profiles.list().forEach(p -> reads.profiles().put(p.id(), p));
        List<LicenseLink> onAgreement = links.withIds(records.linksOn(agreementId, scope.customerId(), scope.linkId()));
        Map<Long, TenantLicense> licensed = licenses.withIds(onAgreement.stream().map(LicenseLink::tenantLicenseId).toList());
        for (LicenseLink link : onAgreement) {
            want(link, licensed.get(link.tenantLicenseId()), reads).ifPresent(wants::add);
        }
        List<Long> linkIds = wants.stream().map(LinkWant::linkId).toList();
        Map<Long, LinkAdditionState> states = new HashMap<>();
        records.forAgreement(agreementId, linkIds).forEach(s -> states.put(s.linkId(), s));
        List<LinkAdditionState> removed = records.removedOn(agreementId, scope.customerId(), scope.linkId());
        List<CwAddition> live = new ArrayList<>();
        if (!wants.isEmpty() || !removed.isEmpty()) {
            for (Parsed<CwAddition> item : client.additions(agreementId, Conditions.where("cancelledDate").isNull())) {
                if (item.ok()) {
                    live.add(item.value());
                }
            }
        }
        List<LinkOutcome> outcomes = SyncPlanner.plan(new SyncPlanner.AgreementInput(agreementId,
                agreement.map(PsaAgreement::prorate).orElse(true), today, wants, states, removed, live, clock.instant()));
        return new AgreementPlan(agreementId, agreement.map(PsaAgreement::name).orElse("Agreement #" + agreementId), outcomes);
    }

    /** What one plan reads once: products and profiles by id, each customer's reads and name. */
    private record Reads(Map<Long, PsaProduct> products, Map<Long, BillingProfile> profiles,
                         Map<Long, LinkAdditions.CustomerReads> customers, Map<Long, String> names) {
    }

    private Optional<LinkWant> want(LicenseLink link, TenantLicense license, Reads reads) {
        BillingProfile profile = reads.profiles().get(link.details().billingProfileId());
        if (license == null || profile == null) {
            return Optional.empty();
        }
        PsaProduct product = reads.products().get(profile.details().psaProductId());
        if (product == null) {
            return Optional.empty();
        }
        AdditionDrafts.Input input = additions.input(license, link.details(), profile, product,
                reads.customers().computeIfAbsent(license.customerId(), additions::customer));
        int wanted = BillingQuantity.of(link.details(), input.subscriptionQuantity(), input.purchased());
        String customer = reads.names().computeIfAbsent(license.customerId(), id -> customers.find(id).map(Customer::name)
                .orElse("Customer #" + id));
        String name = license.name() != null ? license.name() : license.skuPartNumber() != null ? license.skuPartNumber()
                : license.skuId();
        return Optional.of(new LinkWant(link.id(), license.id(), profile.id(), license.customerId(),
                link.details().psaAgreementId(), AdditionDrafts.draft(input), wanted, input.subscriptionQuantity(),
                input.purchased(), customer + ": " + name + " (" + profile.name() + ")"));
    }
}
