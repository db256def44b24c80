package org.seatkeeper.batch.accounts;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.db.accounts.InactiveAccountNotifications;
import org.seatkeeper.db.accounts.NewProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountSyncRepository;
import org.seatkeeper.db.mail.NewMail;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;
import org.seatkeeper.db.settings.WebAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Runs once the whole list has been read, in one transaction: accounts the provider no longer reports become
 * INACTIVE (never deleted), one mail lists the accounts this run created that are still unmapped, the provider records
 * the completed sync, and the run's seen-set is dropped. A completed step is not repeated on restart, so the mail
 * goes out once per run.
 */
final class FinishAccountSyncTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(FinishAccountSyncTasklet.class);

    private final ProviderAccountSyncRepository accounts;
    private final ProviderRepository providers;
    private final SettingsRepository settings;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final InactiveAccountNotifications inactiveNotices;

    FinishAccountSyncTasklet(ProviderAccountSyncRepository accounts, ProviderRepository providers,
                             SettingsRepository settings, OutboxRepository outbox, Clock clock,
                             InactiveAccountNotifications inactiveNotices) {
        this.inactiveNotices = inactiveNotices;
        this.accounts = accounts;
        this.providers = providers;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long providerId = step.getJobParameters().getLong(JobParametersFor.PROVIDER_ID);
        long runId = step.getJobExecution().getJobInstanceId();
        String providerName = providers.find(providerId).map(p -> p.name()).orElse("provider " + providerId);
        int inactivated = 0;
        if (accounts.seenCount(runId) > 0) {
            inactiveNotices.raiseForUnseen(providerId, runId, clock.instant());
            inactivated = accounts.markUnseenInactive(providerId, runId);
        } else {
            // an empty list is far likelier a provider or permission problem than every customer leaving at once
            LOG.warn("{} reported no accounts; none are marked inactive", providerName);
        }
        List<NewProviderAccount> unmapped = accounts.createdInRunAndUnmapped(providerId, runId);
        boolean mailed = mail(providerName, unmapped);
        providers.recordAccountsSynced(providerId, clock.instant());
        accounts.clearRun(runId);
        step.getExecutionContext().putLong(SyncCounters.INACTIVATED, inactivated);
        step.getExecutionContext().putLong(SyncCounters.MAILED, mailed ? unmapped.size() : 0);
        contribution.incrementWriteCount(inactivated);
        return RepeatStatus.FINISHED;
    }

    private boolean mail(String providerName, List<NewProviderAccount> unmapped) {
        ResellerSettings reseller = settings.load();
        String recipients = reseller.notificationRecipients();
        if (unmapped.isEmpty() || recipients == null || recipients.isBlank()) {
            return false;
        }
        List<String> to = Arrays.stream(recipients.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        if (to.isEmpty()) {
            return false;
        }
        String subject = unmapped.size() == 1
                ? "1 new " + providerName + " account needs mapping"
                : unmapped.size() + " new " + providerName + " accounts need mapping";
        outbox.queue(new NewMail("NEW_PROVIDER_ACCOUNTS", to, subject, body(providerName, unmapped,
                WebAddress.of(reseller)), null), clock.instant());
        return true;
    }

    /** Plain text: each account's page as a full address on a line of its own, or its path and where to set one. */
    private static String body(String providerName, List<NewProviderAccount> unmapped, WebAddress web) {
        StringBuilder body = new StringBuilder(providerName)
                .append(" reports customer tenants that are not mapped to a customer yet. Until they are, their ")
                .append("subscriptions cannot be billed.\n\n");
        for (NewProviderAccount account : unmapped) {
            body.append("- ").append(account.displayName());
            if (account.domain() != null) {
                body.append(" (").append(account.domain()).append(')');
            }
            if (account.tenantId() != null) {
                body.append(", tenant ").append(account.tenantId());
            }
            String path = "/provider-accounts/" + account.id();
            web.link(path).ifPresentOrElse(url -> body.append("\n  ").append(url),
                    () -> body.append(": ").append(path));
            body.append('\n');
        }
        if (!web.isSet()) {
            body.append('\n').append(WebAddress.HINT).append('\n');
        }
        return body.toString();
    }
}
