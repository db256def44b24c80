package org.seatkeeper.app.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRun;

/** Job runs as the jobs pages and the dashboard show them: with the records each rejected and what it fetches now. */
public final class JobRows {

    private final JobHistory history;

    public JobRows(JobHistory history) {
        this.history = history;
    }

    public List<JobRow> recent(int limit) {
        List<JobRun> runs = history.recent(limit);
        Map<Long, Integer> rejected = history.rejectedCounts(runs.stream().map(JobRun::executionId).toList());
        return runs.stream().map(r -> row(r, rejected.getOrDefault(r.executionId(), 0))).toList();
    }

    public Optional<JobRow> find(long executionId) {
        return history.find(executionId).map(r -> row(r,
                history.rejectedCounts(List.of(executionId)).getOrDefault(executionId, 0)));
    }

    private JobRow row(JobRun run, int rejected) {
        return JobRow.of(run, rejected, run.running() ? history.fetching(run.executionId()).orElse("") : "");
    }
}
