package org.seatkeeper.batch.usage;

import java.util.ArrayDeque;
import java.util.Deque;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.UsageTarget;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Linked customers by customer id, a page at a time (keyset). Restartable: the last customer handed to a committed
 * chunk is kept in the execution context. One customer only when the run has {@link LicenseUsageRuns#CUSTOMER_ID}.
 * Not thread-safe; one instance per run.
 */
final class UsageTargetReader implements ItemStreamReader<UsageTarget>, StepExecutionListener {

    static final String NAME = "licenseUsageReader";
    private static final String LAST = NAME + ".last.customer";
    private static final int PAGE = 100;

    private final CustomerTenantRepository tenants;
    private final Deque<UsageTarget> page = new ArrayDeque<>();
    private Long onlyCustomer;
    private long last;
    private boolean exhausted;

    UsageTargetReader(CustomerTenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        onlyCustomer = stepExecution.getJobParameters().getLong(LicenseUsageRuns.CUSTOMER_ID);
        stepExecution.getExecutionContext().putLong(StepCounters.PROGRESS_TOTAL,
                onlyCustomer == null ? tenants.countLinked() : 1);
    }

    @Override
    public void open(ExecutionContext context) {
        last = context.getLong(LAST, 0L);
        page.clear();
        exhausted = false;
    }

    @Override
    public UsageTarget read() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(tenants.targetsAfter(last, onlyCustomer, PAGE));
            exhausted = page.size() < PAGE;
        }
        UsageTarget next = page.poll();
        if (next != null) {
            last = next.customerId();
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST, last);
    }

    @Override
    public void close() {
        page.clear();
    }
}
