package org.seatkeeper.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.db.psa.PsaConnectionDetails;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/** Given for PSA journeys: the app connected to the emulated ConnectWise, its PSA data refreshed once. */
public final class ConnectedPsa {

    private ConnectedPsa() {
    }

    public static void connectAndRefresh(RunningApp app, ProviderEmulator emulator) {
        connect(app, emulator);
        var runner = app.application().jobs().runner();
        long run = runner.start(PsaRefreshJobConfiguration.JOB_NAME, JobRequest.manual(null, LocalDate.now(), "test")).executionId();
        assertThat(runner.awaitCompletion(run, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
    }

    /** The connection only, as an administrator saves it on Settings → PSA. */
    public static void connect(RunningApp app, ProviderEmulator emulator) {
        AppContext context = app.application().context();
        DemoCredentials.ConnectWise cw = emulator.credentials().connectWise();
        String keys = new PsaKeys(context.secrets()).encrypt(new PsaKeys.Pair(cw.publicKey(), cw.privateKey()));
        context.database().transactions().run(() -> new PsaConnectionRepository(context.database().dsl()).create(
                new PsaConnectionDetails(emulator.baseUri().resolve("/connectwise/").toString(), cw.companyId(), cw.clientId(), "USD"),
                keys, "test", Instant.now()));
    }
}
