package org.seatkeeper.app.psasync;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.psa.PsaNotConnectedException;
import org.seatkeeper.batch.psasync.AgreementSyncs;
import org.seatkeeper.batch.psasync.LinkOutcome;
import org.seatkeeper.batch.psasync.PsaWrite;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.providers.http.ProviderException;

/**
 * GET /psa/sync and /customers/{id}/licenses/psa-sync: every write the next PSA sync would make (for all, or the
 * customer), read from ConnectWise now, nothing written; POST: "Sync now" for all, or the customer.
 */
final class SyncPreviewServlet extends PageServlet {

    static final String PATH = "/psa/sync";
    private static final String TEMPLATE = "psasync/preview.ftlh";

    private final PsaSyncs syncs;
    private final CustomerRepository customers;

    SyncPreviewServlet(PageSupport pages, PsaSyncs syncs, CustomerRepository customers) {
        super(pages);
        this.syncs = syncs;
        this.customers = customers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long customerId = customerOf(request);
        String customerName = customerId == null ? null
                : customers.find(customerId).orElseThrow(() -> HttpProblem.notFound("That customer")).name();
        List<SyncPreviewPage.Row> rows = new ArrayList<>();
        String problem = "";
        boolean connected = syncs.connected();
        if (connected) {
            try {
                for (AgreementSyncs.AgreementPlan plan : syncs.preview(new AgreementSyncs.Scope(customerId, null))) {
                    plan.outcomes().forEach(o -> rows.add(row(plan, o)));
                }
            } catch (ProviderException | PsaNotConnectedException | IllegalArgumentException e) {
                problem = "ConnectWise could not be read for the preview: " + e.getMessage();
            }
        }
        int writes = rows.stream().mapToInt(r -> r.writes().size()).sum();
        String title = customerId == null ? "PSA sync" : customerName + ": PSA sync";
        render(request, response, TEMPLATE, Map.of("page", new SyncPreviewPage(title, customerId, customerName,
                user(request).canWrite(), connected, problem, rows, writes, request.getRequestURI(),
                syncs.businessDate().withDayOfMonth(1).minusDays(1).toString())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireWriter(request);
        Long customerId = customerOf(request);
        String location = request.getRequestURI();
        try {
            var start = customerId == null ? syncs.syncAll(user.username()) : syncs.syncCustomer(customerId, user.username());
            redirect(request, response, location, Flash.success("Syncing to ConnectWise (run #" + start.executionId()
                    + "). The Jobs page shows its progress."));
        } catch (JobRefusedException e) {
            redirect(request, response, location, Flash.error(e.getMessage()));
        }
    }

    private static Long customerOf(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/customers/") ? idFromPath(request, 2) : null;
    }

    private static SyncPreviewPage.Row row(AgreementSyncs.AgreementPlan plan, LinkOutcome o) {
        LinkAdditionState after = o.after();
        String state;
        String kind;
        if (after == null) {
            state = "link removed";
            kind = "warning";
        } else {
            switch (after.state()) {
                case EDITED_IN_PSA -> { state = "edited in ConnectWise"; kind = "error"; }
                case CUT_OVER_NEEDED -> { state = "cut-over needed"; kind = "warning"; }
                case FAILED -> { state = "failed"; kind = "error"; }
                default -> { state = o.writesAny() ? "to write" : "in sync"; kind = o.writesAny() ? "info" : "ok"; }
            }
        }
        List<String> writes = o.writes().stream().map(PsaWrite::describe).toList();
        List<SyncPreviewPage.Option> handMade = o.handMade().stream().map(a -> new SyncPreviewPage.Option(
                Long.toString(a.id()), "#" + a.id() + ": " + (a.product() == null ? "" : a.product().identifier()) + " × "
                + (a.quantity() == null ? "?" : a.quantity().stripTrailingZeros().toPlainString()) + " from "
                + (a.effectiveDate() == null ? "?" : a.effectiveDate().substring(0, Math.min(10, a.effectiveDate().length())))))
                .toList();
        long customerId = after != null ? after.customerId() : o.before() != null ? o.before().customerId() : 0;
        return new SyncPreviewPage.Row(o.linkId(), customerId, o.label(), plan.agreementName(), state, kind, writes,
                o.note() == null ? "" : o.note(), after != null && after.state() == LinkAdditionState.SyncState.EDITED_IN_PSA,
                after != null && after.state() == LinkAdditionState.SyncState.CUT_OVER_NEEDED, o.want() != null, handMade,
                after == null || after.psaQuantity() == null ? "-" : after.psaQuantity().toString(),
                o.want() == null ? "-" : Integer.toString(o.want().wantedQuantity()),
                // "Remove" asks first on the link's own page, which says what the sync will cancel
                o.want() == null ? "" : "/customers/" + customerId + "/licenses/" + o.want().tenantLicenseId() + "/links/"
                        + o.linkId() + "/remove");
    }
}
