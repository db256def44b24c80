package org.seatkeeper.batch.jobs;

import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.database.support.DataFieldMaxValueIncrementerFactory;
import org.springframework.batch.infrastructure.item.database.support.DefaultDataFieldMaxValueIncrementerFactory;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.HsqlMaxValueIncrementer;

/**
 * The job repository's ids (job instance, job execution, step execution) for jobs that start at the same time.
 * Spring Batch's HSQLDB incrementer inserts a row into its id table and then deletes every row below it, inside the
 * transaction that creates the execution: two jobs starting steps at once (the nightly run starts every provider's
 * account sync together) delete the same rows, and under MVCC the second one fails with "serialization failure".
 * Here each transaction deletes only the id row it inserted, so concurrent starts never touch the same row. Other
 * databases keep Spring Batch's own incrementers (sequences).
 */
public final class JobIdIncrementers implements DataFieldMaxValueIncrementerFactory {

    private static final String HSQL = "HSQL";

    private final DataSource dataSource;
    private final DefaultDataFieldMaxValueIncrementerFactory defaults;

    public JobIdIncrementers(DataSource dataSource) {
        this.dataSource = dataSource;
        this.defaults = new DefaultDataFieldMaxValueIncrementerFactory(dataSource);
    }

    @Override
    public DataFieldMaxValueIncrementer getIncrementer(String databaseType, String incrementerName) {
        if (!HSQL.equalsIgnoreCase(databaseType)) {
            return defaults.getIncrementer(databaseType, incrementerName);
        }
        HsqlMaxValueIncrementer incrementer = new HsqlMaxValueIncrementer(dataSource, incrementerName, "ID");
        incrementer.setDeleteSpecificValues(true);
        return incrementer;
    }

    @Override
    public boolean isSupportedIncrementerType(String databaseType) {
        return defaults.isSupportedIncrementerType(databaseType);
    }

    @Override
    public String[] getSupportedIncrementerTypes() {
        return defaults.getSupportedIncrementerTypes();
    }
}
