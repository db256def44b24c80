package org.seatkeeper.app.psa;

import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.app.jobs.JobsEngine;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * The PSA (ConnectWise Manage): the connection under Settings → PSA (administrators), "Test connection", and
 * "Refresh PSA data" on the jobs engine.
 */
public final class PsaWiring {

    private PsaWiring() {
    }

    /** @return how to start a refresh, for the nightly run once it includes the PSA */
    public static PsaRefreshes register(AppContext app, JobsEngine jobs) {
        var dsl = app.database().dsl();
        PsaConnectionRepository connections = new PsaConnectionRepository(dsl);
        PsaKeys keys = new PsaKeys(app.secrets());
        PsaClients clients = new PsaClients(connections, keys, null, app.clock());
        new PsaRefreshJobConfiguration(jobs.batch(), app.database(), clients, app.clock()).registerWith(jobs.runner());
        PsaRefreshes refreshes = new PsaRefreshes(jobs.runner(), connections, new SettingsRepository(dsl), app.audit(),
                app.database().transactions(), app.clock());
        PsaConnectionService service = new PsaConnectionService(connections, keys, app.audit(), app.database().transactions(),
                app.clock());
        app.web().route(PsaSettingsServlet.PATH, new PsaSettingsServlet(app.pages(), connections, new PsaDataRepository(dsl),
                        service, jobs.history()))
                .route(PsaSettingsServlet.PATH + "/test", new PsaTestServlet(app.pages(), clients))
                .route(PsaSettingsServlet.PATH + "/refresh", new PsaRefreshServlet(app.pages(), refreshes));
        return refreshes;
    }
}
