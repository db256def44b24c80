package org.seatkeeper.batch.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.LiveProgress;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.providers.connector.AccountPage;
import org.seatkeeper.providers.connector.ProviderConnector;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Pages through the provider's customer list. Restartable: the execution context holds the token of the page being
 * read and the position in it, saved with each committed chunk, so a failed run resumes at the first item that was
 * not committed. A failed page fetch (the provider client's channel already retried it) leaves the state
 * untouched, so a restart asks for that page again.
 * Not thread-safe; one instance per run.
 */
final class ProviderAccountReader implements ItemStreamReader<AccountItem>, StepExecutionListener {

    static final String NAME = "providerAccountReader";
    private static final String PAGE_TOKEN = NAME + ".page.token";
    private static final String PAGE_INDEX = NAME + ".page.index";
    private static final String PAGES = NAME + ".pages";

    private final LongFunction<ProviderConnector> connectors;
    private final LiveProgress live;
    private long executionId;
    /** Accounts this execution has read, for the live progress line. */
    private long seen;
    private ProviderConnector connector;
    private long providerId;
    private String pageToken;
    private int index;
    private long pages;
    private List<AccountItem> page;
    private String nextPageToken;

    ProviderAccountReader(LongFunction<ProviderConnector> connectors, LiveProgress live) {
        this.connectors = connectors;
        this.live = live;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        providerId = stepExecution.getJobParameters().getLong(JobParametersFor.PROVIDER_ID);
        executionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void open(ExecutionContext context) {
        pageToken = context.getString(PAGE_TOKEN, null);
        index = context.getInt(PAGE_INDEX, 0);
        pages = context.getLong(PAGES, 0L);
        page = null;
        connector = connectors.apply(providerId);
    }

    @Override
    public AccountItem read() {
        while (true) {
            if (page == null) {
                fetch();
            }
            if (index < page.size()) {
                seen++;
                return page.get(index++);
            }
            if (nextPageToken == null) {
                return null;
            }
            pageToken = nextPageToken;
            index = 0;
            page = null;
        }
    }

    private void fetch() {
        // a provider page can take minutes: say which one is being waited for (the counters move at the commit)
        live.note(executionId, "customers page " + (pages + 1) + " (" + seen + " accounts read so far)");
        AccountPage fetched = connector.listAccounts(pageToken);
        List<AccountItem> items = new ArrayList<>(fetched.accounts().size() + fetched.rejected().size());
        fetched.accounts().forEach(a -> items.add(new AccountItem.Reported(a)));
        fetched.rejected().forEach(r -> items.add(new AccountItem.Rejected(r)));
        page = items;
        nextPageToken = fetched.nextPageToken();
        pages++;
    }

    @Override
    public void update(ExecutionContext context) {
        if (pageToken == null) {
            context.remove(PAGE_TOKEN);
        } else {
            context.putString(PAGE_TOKEN, pageToken);
        }
        context.putInt(PAGE_INDEX, index);
        context.putLong(PAGES, pages);
        context.putLong(StepCounters.PROGRESS_PAGES, pages);
    }

    @Override
    public void close() {
        page = null;
    }
}
