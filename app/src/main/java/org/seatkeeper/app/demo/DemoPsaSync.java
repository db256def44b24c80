package org.seatkeeper.app.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.db.psasync.LinkAdditionState.SyncState;
import org.seatkeeper.db.usage.CustomerTenant;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.PsaAdditionView;
import org.seatkeeper.emulator.ProviderEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo book's PSA morning, so the mismatch report has PSA and unassigned findings to show: a user of a linked
 * license has left (one seat assigned to nobody, read again from the tenant) unless a tenant already has idle seats;
 * the PSA sync runs (it adds the additions no hand-made one holds back, and records what the hand-made ones bill while
 * they wait for a cut-over); someone has changed one hand-made addition in ConnectWise by two seats unless one already
 * bills another quantity than Seatkeeper, and the sync sees it. Each run is started as "demo".
 */
final class DemoPsaSync {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPsaSync.class);
    private static final String ACTOR = "demo";
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String MARKER = "[Seatkeeper license ";

    private final AppContext app;
    private final JobsEngine jobs;
    private final ProviderEmulator emulator;

    DemoPsaSync(AppContext app, JobsEngine jobs, ProviderEmulator emulator) {
        this.app = app;
        this.jobs = jobs;
        this.emulator = emulator;
    }

    void run() {
        var dsl = app.database().dsl();
        List<CustomerTenant> tenants = new CustomerTenantRepository(dsl).linkedAfter(0, 100);
        if (tenants.isEmpty()) {
            return;
        }
        leaveASeatIdle(tenants);
        run(PsaLicenseSyncJobConfiguration.JOB_NAME);
        LinkAdditionRepository records = new LinkAdditionRepository(dsl);
        List<LinkAdditionState> states = tenants.stream().flatMap(t -> records.ofCustomer(t.customerId()).stream()).toList();
        boolean differs = states.stream().anyMatch(s -> s.psaQuantity() != null && s.wantedQuantity() != null
                && !s.psaQuantity().equals(s.wantedQuantity()));
        if (!differs && states.stream().filter(s -> s.state() == SyncState.CUT_OVER_NEEDED).anyMatch(this::editHandMade)) {
            run(PsaLicenseSyncJobConfiguration.JOB_NAME);
        }
    }

    /** A linked license whose seats are all held loses one holder; the tenant's licenses are read again. */
    private void leaveASeatIdle(List<CustomerTenant> tenants) {
        var dsl = app.database().dsl();
        TenantLicenseRepository licenses = new TenantLicenseRepository(dsl);
        LicenseLinkRepository links = new LicenseLinkRepository(dsl);
        if (tenants.stream().flatMap(t -> licenses.licenses(t.customerId()).stream())
                .anyMatch(l -> l.present() && l.purchased() > l.assigned())) {
            return;
        }
        for (CustomerTenant tenant : tenants) {
            Optional<TenantLicense> full = licenses.licenses(tenant.customerId()).stream()
                    .filter(l -> l.present() && l.purchased() > 1 && !links.ofLicense(l.id()).isEmpty()).findFirst();
            if (full.isPresent()) {
                emulator.control().setAssignedLicences(tenant.tenantId(), full.get().skuId(), full.get().purchased() - 1);
                run(LicenseUsageJobConfiguration.JOB_NAME);
                LOG.info("Demo: a user of {} left; one seat is assigned to nobody", full.get().skuPartNumber());
                return;
            }
        }
    }

    /** Someone changes a hand-made addition of the link's product in ConnectWise. @return whether one was found */
    private boolean editHandMade(LinkAdditionState state) {
        var dsl = app.database().dsl();
        Optional<String> product = new BillingProfileRepository(dsl).find(state.profileId())
                .flatMap(p -> new PsaDataRepository(dsl).products().stream()
                        .filter(item -> item.id() == p.details().psaProductId()).map(PsaProduct::identifier).findFirst());
        Optional<PsaAdditionView> handMade = product.flatMap(identifier -> emulator.control().psaAdditions(state.agreementId())
                .stream().filter(a -> a.cancelledDate() == null && identifier.equalsIgnoreCase(a.product())
                        && (a.description() == null || !a.description().contains(MARKER)))
                .findFirst());
        handMade.ifPresent(a -> {
            emulator.control().editPsaAddition(state.agreementId(), a.id(), PsaAdditionEdit.quantity(a.quantity() + 2));
            LOG.info("Demo: hand-made addition #{} changed in ConnectWise to {} seats", a.id(), a.quantity() + 2);
        });
        return handMade.isPresent();
    }

    private void run(String job) {
        long id = jobs.runner().startWhenFree(job, JobRequest.manual(null, LocalDate.now(app.clock()), ACTOR), PATIENCE)
                .executionId();
        jobs.runner().awaitCompletion(id, PATIENCE);
    }
}
