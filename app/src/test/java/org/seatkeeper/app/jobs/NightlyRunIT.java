package org.seatkeeper.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

class NightlyRunIT {

    private final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(6).withProspects(0));
    private final RunningApp app = RunningApp.start();

    @AfterEach
    void stop() {
        app.close();
        emulator.close();
    }

    @Test
    void shouldSyncAccountsThenSubscriptionsThenReconcileWhenTheNightFires() {
        // given an automatic provider
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        var jobs = app.application().jobs();
        new ProviderRepository(app.application().context().database().dsl()).insert(
                new ProviderDetails("Partner Center (night)", "PARTNER_CENTER", true, "USD",
                        emulator.apiBaseUri(Api.PARTNER_CENTER).toString(), emulator.tokenUri(Api.PARTNER_CENTER).toString(),
                        Set.of("US")),
                jobs.credentials().encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())),
                Instant.now());

        // when the nightly schedule fires (the call returns when the whole night is done)
        app.application().nightly().fire();

        // then accounts were synced, then subscriptions, then the reconciliation ran, each after the one before ended
        var accounts = new ProviderAccountRepository(app.application().context().database().dsl());
        assertThat(accounts.counts(AccountQuery.all()).all()).isEqualTo(6);
        List<JobRun> runs = jobs.history().recent(20);
        JobRun sync = runs.stream().filter(r -> r.jobName().equals("providerAccountSyncJob")).findFirst().orElseThrow();
        JobRun subscriptions = runs.stream().filter(r -> r.jobName().equals("subscriptionSyncJob")).findFirst().orElseThrow();
        JobRun reconciliation = runs.stream().filter(r -> r.jobName().equals("licenseMismatchJob")).findFirst().orElseThrow();
        assertThat(sync.status()).isEqualTo("COMPLETED");
        assertThat(subscriptions.status()).isEqualTo("COMPLETED");
        assertThat(reconciliation.status()).isEqualTo("COMPLETED");
        assertThat(subscriptions.startedAt()).isAfterOrEqualTo(sync.endedAt());
        assertThat(reconciliation.startedAt()).isAfterOrEqualTo(subscriptions.endedAt());
        assertThat(reconciliation.businessDate()).isEqualTo(sync.businessDate());
    }
}
