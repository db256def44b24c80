package org.seatkeeper.app.jobs;

import java.util.List;

/**
 * The jobs page. @param refreshSeconds 2 while a run is running (the page reloads itself), else 0
 * @param providers the providers a sync can be started for by hand ({value, label})
 * @param jobs the night's other jobs a person may start by hand ({job name, what people call it})
 */
public record JobsPage(List<JobRow> runs, int refreshSeconds, String schedule, List<Option> providers,
                       List<Option> jobs) {

    public record Option(String value, String label) {
    }
}
