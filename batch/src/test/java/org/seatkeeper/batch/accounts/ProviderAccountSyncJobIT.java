package org.seatkeeper.batch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatkeeper.batch.accounts.SyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.MAIL_OUTBOX;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.db.accounts.AccountFilter;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.jobs.RejectedRecord;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.emulator.Api;
import org.springframework.batch.core.BatchStatus;

class ProviderAccountSyncJobIT {

    @Test
    void shouldCreateEveryAccountOnTheFirstSync() {
        try (SyncFixture f = new SyncFixture(250)) {
            // when
            JobRun run = f.syncNight(NIGHT_ONE);

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(f.accounts()).isEqualTo(250);
            assertThat(run.read()).isEqualTo(250);
            assertThat(run.written()).isEqualTo(250);
            assertThat(f.notifications()).isEqualTo(250);
            assertThat(new ProviderAccountRepository(f.db.dsl()).counts(AccountQuery.all()).unmapped()).isEqualTo(250);
        }
    }

    @Test
    void shouldWriteNothingWhenTheProviderDidNotChange() {
        try (SyncFixture f = new SyncFixture(120)) {
            // given
            f.syncNight(NIGHT_ONE);
            long versions = f.versionSum();

            // when
            JobRun second = f.syncNight(NIGHT_ONE.plusDays(1));

            // then
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.read()).isEqualTo(120);
            assertThat(second.written()).isZero();
            assertThat(second.unchanged()).isEqualTo(120);
            assertThat(f.versionSum()).isEqualTo(versions);
            assertThat(f.notifications()).isEqualTo(120);
        }
    }

    @Test
    void shouldAnnounceANewTenantOnceAsNewAndUnmapped() {
        try (SyncFixture f = new SyncFixture(30)) {
            // given
            new SettingsRepository(f.db.dsl()).save(withRecipients(f), false);
            f.syncNight(NIGHT_ONE);
            String customerId = f.emulator.control().addTenant(Api.PARTNER_CENTER, "Zzyzx Kite Works Ltd",
                    "zzyzxkites.com", "GB");

            // when
            f.syncNight(NIGHT_ONE.plusDays(1));
            f.syncNight(NIGHT_ONE.plusDays(2));

            // then
            ProviderAccountRepository accounts = new ProviderAccountRepository(f.db.dsl());
            List<ProviderAccount> fresh = accounts.page(AccountQuery.all().withFilter(AccountFilter.NEW)
                    .matching("zzyzx"), PageRequest.first(10)).items();
            assertThat(fresh).singleElement().satisfies(a -> {
                assertThat(a.externalId()).isEqualTo(customerId);
                assertThat(a.mapped()).isFalse();
                assertThat(a.isNew()).isTrue();
            });
            assertThat(f.notifications()).isEqualTo(31);
            assertThat(f.db.dsl().fetchCount(MAIL_OUTBOX)).isEqualTo(2);
            assertThat(f.db.dsl().select(MAIL_OUTBOX.SUBJECT).from(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID).fetch(0,
                    String.class)).containsExactly("30 new Partner Center accounts need mapping",
                    "1 new Partner Center account needs mapping");
        }
    }

    @Test
    void shouldLinkEachNewAccountToItsPageAtSeatkeepersWebAddress() {
        try (SyncFixture f = new SyncFixture(3)) {
            // given an administrator who set Seatkeeper's web address
            new SettingsRepository(f.db.dsl()).save(withRecipients(f, "https://seatkeeper.example.com"), false);
            f.syncNight(NIGHT_ONE);
            String customerId = f.emulator.control().addTenant(Api.PARTNER_CENTER, "Zzyzx Kite Works Ltd",
                    "zzyzxkites.com", "GB");

            // when the next night finds a new tenant
            f.syncNight(NIGHT_ONE.plusDays(1));

            // then the mail links to the account's page with the full address, on a line of its own
            assertThat(newAccountsMail(f)).contains("- Zzyzx Kite Works Ltd (zzyzxkites.com)")
                    .contains("\n  https://seatkeeper.example.com/provider-accounts/" + accountId(f, customerId) + "\n")
                    .doesNotContain(": /provider-accounts/").doesNotContain("web address");
        }
    }

    @Test
    void shouldShowThePathAndWhereToSetTheWebAddressWhenItIsNotSet() {
        try (SyncFixture f = new SyncFixture(3)) {
            // given no web address
            new SettingsRepository(f.db.dsl()).save(withRecipients(f), false);
            f.syncNight(NIGHT_ONE);
            String customerId = f.emulator.control().addTenant(Api.PARTNER_CENTER, "Zzyzx Kite Works Ltd",
                    "zzyzxkites.com", "GB");

            // when
            f.syncNight(NIGHT_ONE.plusDays(1));

            // then the path is plain text, and one line says how to get links
            assertThat(newAccountsMail(f)).contains(": /provider-accounts/" + accountId(f, customerId) + "\n")
                    .doesNotContain("http").endsWith("\nSet Seatkeeper's web address in Settings to get a link here.\n");
        }
    }

    @Test
    void shouldMarkARemovedTenantInactiveWithoutDeletingIt() {
        try (SyncFixture f = new SyncFixture(20)) {
            // given
            f.syncNight(NIGHT_ONE);
            String gone = f.db.dsl().select(PROVIDER_ACCOUNT.EXTERNAL_ID).from(PROVIDER_ACCOUNT)
                    .orderBy(PROVIDER_ACCOUNT.ID).limit(1).fetchOne(PROVIDER_ACCOUNT.EXTERNAL_ID);
            f.emulator.control().removeTenant(Api.PARTNER_CENTER, gone);

            // when
            f.syncNight(NIGHT_ONE.plusDays(1));

            // then
            assertThat(f.accounts()).isEqualTo(20);
            assertThat(f.accounts("INACTIVE")).isEqualTo(1);
            assertThat(f.db.dsl().select(PROVIDER_ACCOUNT.STATUS).from(PROVIDER_ACCOUNT)
                    .where(PROVIDER_ACCOUNT.EXTERNAL_ID.eq(gone)).fetchOne(PROVIDER_ACCOUNT.STATUS))
                    .isEqualTo("INACTIVE");
        }
    }

    @Test
    void shouldResumeAFailedRunWithoutDuplicates() {
        try (SyncFixture f = new SyncFixture(1200)) {
            // given: pages of 500; the third page request fails with 503 after every retry
            f.emulator.control().failAfter(Api.PARTNER_CENTER, 2, 503);
            JobRun failed = f.syncNight(NIGHT_ONE);
            int afterFailure = f.accounts();
            f.emulator.control().clearFaults(Api.PARTNER_CENTER);

            // when
            JobRun resumed = f.syncNight(NIGHT_ONE);

            // then
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.exitMessage()).contains("Partner Center is unavailable");
            assertThat(afterFailure).isEqualTo(1000);
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.instanceId()).isEqualTo(failed.instanceId());
            assertThat(resumed.read()).isEqualTo(200);
            assertThat(f.accounts()).isEqualTo(1200);
            assertThat(f.accounts("ACTIVE")).isEqualTo(1200);
            assertThat(f.notifications()).isEqualTo(1200);
        }
    }

    @Test
    void shouldStopARunningSyncAtShutdownAfterTheChunkItIsWritingSoTheNextStartResumesIt() {
        try (SyncFixture f = new SyncFixture(1200)) {
            // given a sync held inside its first chunk, until the test lets it go on
            CountDownLatch inFirstChunk = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            f.onNewAccounts((provider, accounts) -> {
                inFirstChunk.countDown();
                await(goOn);
            });
            long id = f.runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                    JobRequest.scheduled(f.providerId, NIGHT_ONE)).executionId();
            await(inFirstChunk);
            int versionBefore = f.executionVersion(id);

            // when Seatkeeper shuts down while the chunk is being written
            int stopping = f.runner.stopRunning();
            int versionAfterTheRequest = f.executionVersion(id);
            goOn.countDown();
            BatchStatus stopped = f.runner.awaitCompletion(id, Duration.ofMinutes(5));

            // then the request wrote nothing the job writes too (so it cannot fail the run on the row's version), and
            // the run stops cleanly after that chunk, keeping it
            assertThat(stopping).isEqualTo(1);
            assertThat(versionAfterTheRequest).isEqualTo(versionBefore);
            assertThat(stopped).isEqualTo(BatchStatus.STOPPED);
            assertThat(f.accounts()).isEqualTo(SyncFixture.CHUNK);
            JobRun run = f.history.find(id).orElseThrow();
            assertThat(run.exitMessage()).startsWith("stopped when Seatkeeper shut down").doesNotContain("Exception");
            assertThat(run.restartable()).isTrue();

            // and the next start of Seatkeeper resumes it where it stopped, without duplicates
            f.restartSeatkeeper();
            JobRun resumed = f.syncNight(NIGHT_ONE);
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.instanceId()).isEqualTo(run.instanceId());
            assertThat(resumed.read()).isEqualTo(1200 - SyncFixture.CHUNK);
            assertThat(f.accounts()).isEqualTo(1200);
            assertThat(f.notifications()).isEqualTo(1200);
        }
    }

    @Test
    void shouldStartNothingOnceShutdownHasBegun() {
        try (SyncFixture f = new SyncFixture(10)) {
            // given a failed run, and Seatkeeper shutting down
            f.emulator.control().failAfter(Api.PARTNER_CENTER, 0, 503);
            JobRun failed = f.syncNight(NIGHT_ONE);
            f.runner.stopRunning();

            // when the night (or a person) tries to start or restart a run, then it is refused in words
            assertThatThrownBy(() -> f.runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                    JobRequest.scheduled(f.providerId, NIGHT_ONE.plusDays(1))))
                    .isInstanceOf(JobRefusedException.class).hasMessageStartingWith("Seatkeeper is shutting down");
            assertThatThrownBy(() -> f.runner.restart(failed.executionId()))
                    .isInstanceOf(JobRefusedException.class).hasMessageStartingWith("Seatkeeper is shutting down");
            assertThat(f.history.recent(10)).singleElement().extracting(JobRun::status).isEqualTo("FAILED");
        }
    }

    @Test
    void shouldFailWithAReadableMessageWhenTheCredentialsAreRefused() {
        try (SyncFixture f = new SyncFixture(10, "not-the-secret")) {
            // when
            JobRun run = f.syncNight(NIGHT_ONE);

            // then
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.exitMessage()).startsWith("Partner Center refused the credentials: ");
            assertThat(f.accounts()).isZero();
        }
    }

    @Test
    void shouldListRejectedRecordsWithTheirReasons() {
        try (SyncFixture f = new SyncFixture(10)) {
            // given
            f.emulator.control().addTenant(Api.PARTNER_CENTER, "Very ".repeat(70) + "Long Name Inc", "longname.com",
                    "US");

            // when
            JobRun run = f.syncNight(NIGHT_ONE);

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.skipped()).isEqualTo(1);
            List<RejectedRecord> rejected = f.history.rejected(run.executionId());
            assertThat(rejected).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo("The company name is longer than 300 characters (363).");
                assertThat(r.externalId()).isNotBlank();
            });
            assertThat(f.accounts()).isEqualTo(10);
        }
    }

    @Test
    void shouldRestartOnlyByHandAfterACompletedNightAndNeverRunTwiceAtOnce() {
        try (SyncFixture f = new SyncFixture(300)) {
            // given
            JobRun first = f.syncNight(NIGHT_ONE);
            String job = ProviderAccountSyncJobConfiguration.JOB_NAME;

            // when
            JobStart byHand = f.runner.start(job, JobRequest.manual(f.providerId, NIGHT_ONE, "alice"));

            // then
            assertThatThrownBy(() -> f.runner.start(job, JobRequest.manual(f.providerId, NIGHT_ONE, "bob")))
                    .isInstanceOf(JobRefusedException.class).hasMessageContaining("already running");
            assertThat(f.runner.awaitCompletion(byHand.executionId(), java.time.Duration.ofMinutes(5)).name())
                    .isEqualTo("COMPLETED");
            assertThat(byHand.run()).isEqualTo(2);
            assertThat(byHand.restart()).isFalse();
            JobRun second = f.history.find(byHand.executionId()).orElseThrow();
            assertThat(second.instanceId()).isNotEqualTo(first.instanceId());
            // the morning report tells the night's run from the one a person started
            assertThat(first.scheduled()).isTrue();
            assertThat(second.scheduled()).isFalse();
            assertThat(second.requestedBy()).isEqualTo("alice");
            assertThatThrownBy(() -> f.runner.start(job, JobRequest.scheduled(f.providerId, NIGHT_ONE)))
                    .isInstanceOf(JobRefusedException.class).hasMessageContaining("already completed");
        }
    }

    private static org.seatkeeper.db.settings.ResellerSettings withRecipients(SyncFixture f) {
        return withRecipients(f, null);
    }

    private static org.seatkeeper.db.settings.ResellerSettings withRecipients(SyncFixture f, String webAddress) {
        var s = new SettingsRepository(f.db.dsl()).load();
        return new org.seatkeeper.db.settings.ResellerSettings(s.companyName(), s.addressLine1(), s.addressLine2(),
                s.city(), s.state(), s.postalCode(), s.country(), s.contactName(), s.contactEmail(), s.contactPhone(),
                s.smtpHost(), s.smtpPort(), s.smtpUsername(), s.smtpPasswordEncrypted(), s.smtpTls(), s.smtpFrom(),
                "billing@reseller.example, owner@reseller.example", s.timeZone(), s.nightlyCron(), webAddress,
                s.version());
    }

    private static String newAccountsMail(SyncFixture f) {
        return f.db.dsl().select(MAIL_OUTBOX.BODY_TEXT).from(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID.desc()).limit(1)
                .fetchSingle(MAIL_OUTBOX.BODY_TEXT);
    }

    private static long accountId(SyncFixture f, String externalId) {
        return f.db.dsl().select(PROVIDER_ACCOUNT.ID).from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.EXTERNAL_ID.eq(externalId)).fetchSingle(PROVIDER_ACCOUNT.ID);
    }

    /** Waits for the latch; a test that would wait forever fails after five minutes instead (a bound, not a speed). */
    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new AssertionError("Waited five minutes for the job");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
