package org.seatkeeper.app.psasync;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.app.web.PathRoutes;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.batch.psasync.PsaLicenseSyncRuns;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * The daily PSA sync (#17): {@code psaLicenseSyncJob} on the jobs engine, its preview and "Sync now" for all
 * ({@code /psa/sync}) and per customer ({@code /customers/{id}/licenses/psa-sync}, mounted on the usage feature's
 * routes), and per link: sync now, take over after a hand edit, cut over from a hand-made addition (removing a link is
 * the license link's own page, psabilling: the next run here cancels its addition).
 */
public final class PsaSyncWiring {

    private PsaSyncWiring() {
    }

    /** @return the starts the nightly chain asks whether it has anything to sync */
    public static PsaSyncs register(AppContext app, JobsEngine jobs, PathRoutes customerLicenses) {
        var dsl = app.database().dsl();
        PsaConnectionRepository connections = new PsaConnectionRepository(dsl);
        PsaClients clients = new PsaClients(connections, new PsaKeys(app.secrets()), null, app.clock());
        PsaLicenseSyncJobConfiguration job = new PsaLicenseSyncJobConfiguration(jobs.batch(), app.database(), clients,
                app.clock());
        job.registerWith(jobs.runner());
        LinkAdditionRepository records = new LinkAdditionRepository(dsl);
        PsaSyncs syncs = new PsaSyncs(jobs.runner(), new PsaLicenseSyncRuns(jobs.batch(), job), job.syncs(), records,
                connections, clients, new SettingsRepository(dsl), app.audit(), app.database().transactions(), app.clock());
        SyncPreviewServlet preview = new SyncPreviewServlet(app.pages(), syncs, new CustomerRepository(dsl));
        LinkTakeOvers takeOvers = new LinkTakeOvers(syncs, records, app.database().transactions());
        app.web().route(SyncPreviewServlet.PATH, preview);
        customerLicenses.add("/customers/[0-9]+/licenses/psa-sync", preview);
        LinkActionServlet actions = new LinkActionServlet(app.pages(), syncs, takeOvers);
        for (String action : LinkActionServlet.ACTIONS) {
            customerLicenses.add("/customers/[0-9]+/licenses/psa-sync/links/[0-9]+/" + action, actions);
        }
        return syncs;
    }
}
