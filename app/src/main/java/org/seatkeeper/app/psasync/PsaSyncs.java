package org.seatkeeper.app.psasync;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.batch.psasync.AgreementSyncs;
import org.seatkeeper.batch.psasync.LinkOutcome;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.batch.psasync.PsaLicenseSyncRuns;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;

/**
 * The PSA sync as people use it: the preview of every write the next run would make (for all, or one customer),
 * "Sync now" (all, a customer, a link), and the starts the nightly chain makes. Previews read ConnectWise (one read
 * per agreement) and write nothing.
 */
public final class PsaSyncs {

    private final JobRunner runner;
    private final PsaLicenseSyncRuns scopedRuns;
    private final AgreementSyncs syncs;
    private final LinkAdditionRepository records;
    private final PsaConnectionRepository connections;
    private final PsaClients clients;
    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    PsaSyncs(JobRunner runner, PsaLicenseSyncRuns scopedRuns, AgreementSyncs syncs, LinkAdditionRepository records,
             PsaConnectionRepository connections, PsaClients clients, SettingsRepository settings, AuditLog audit,
             Transactions transactions, Clock clock) {
        this.runner = runner;
        this.scopedRuns = scopedRuns;
        this.syncs = syncs;
        this.records = records;
        this.connections = connections;
        this.clients = clients;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The nightly chain syncs when a PSA is connected and a license is linked (or a removed link left an addition). */
    public boolean anythingToSync() {
        return connections.find().isPresent() && records.countAgreements(null, null) > 0;
    }

    boolean connected() {
        return connections.find().isPresent();
    }

    /** Every agreement's plan in the scope, in agreement order. @throws RuntimeException when ConnectWise cannot be read */
    List<AgreementSyncs.AgreementPlan> preview(AgreementSyncs.Scope scope) {
        ConnectWiseClient client = clients.client();
        LocalDate today = businessDate();
        List<AgreementSyncs.AgreementPlan> plans = new ArrayList<>();
        long last = 0;
        while (true) {
            List<Long> page = records.agreementsAfter(last, scope.customerId(), scope.linkId(), 200);
            for (long agreementId : page) {
                plans.add(syncs.plan(client, agreementId, scope, today));
                last = agreementId;
            }
            if (page.size() < 200) {
                return plans;
            }
        }
    }

    /** The link's outcome in a fresh plan, if it is linked or recorded. */
    Optional<LinkOutcome> outcomeOf(long customerId, long linkId) {
        return preview(new AgreementSyncs.Scope(customerId, linkId)).stream().flatMap(p -> p.outcomes().stream())
                .filter(o -> o.linkId() == linkId).findFirst();
    }

    /** @throws JobRefusedException while a PSA sync runs, or without a PSA */
    JobStart syncAll(String username) {
        requireConnection();
        JobStart start = runner.start(PsaLicenseSyncJobConfiguration.JOB_NAME, JobRequest.manual(null, businessDate(), username));
        auditStart(username, start, "PSA sync of every license link started by hand");
        return start;
    }

    JobStart syncCustomer(long customerId, String username) {
        requireConnection();
        JobStart start = scopedRuns.startForCustomer(customerId, businessDate(), username);
        auditStart(username, start, "PSA sync of customer #" + customerId + " started by hand");
        return start;
    }

    JobStart syncLink(long linkId, String username) {
        requireConnection();
        JobStart start = scopedRuns.startForLink(linkId, businessDate(), username);
        auditStart(username, start, "PSA sync of license link #" + linkId + " started by hand");
        return start;
    }

    LocalDate businessDate() {
        return LocalDate.now(clock.withZone(ZoneId.of(settings.load().timeZone())));
    }

    ConnectWiseClient client() {
        return clients.client();
    }

    private void requireConnection() {
        if (!connected()) {
            throw new JobRefusedException("Connect the PSA first (Settings → PSA): there is nothing to sync to yet.");
        }
    }

    private void auditStart(String username, JobStart start, String what) {
        transactions.run(() -> audit.record(username, AuditAction.START, AuditEntity.JOB, start.executionId(),
                what + " (run " + start.run() + (start.restart() ? ", resuming the failed run" : "") + ")"));
    }

    void record(String username, AuditAction action, long linkId, String summary, AuditState before, AuditState after) {
        audit.record(username, action, AuditEntity.LICENSE_LINK, linkId, summary, before, after);
    }
}
