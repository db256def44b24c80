package org.seatkeeper.batch.jobs;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.batch.core.job.JobExecution;

/**
 * The sentence a person reads about a run on the Jobs page and in the morning report: why it failed in words, never a
 * stack trace or the framework's text (those are in Seatkeeper's log). A failed run's exit description is ours when a
 * job listener or the start-up recovery wrote it; whatever else reached it (the executor's refusal at shutdown writes a
 * stack trace there) is replaced by a sentence here.
 */
public final class RunMessages {

    /** A run a crash or kill left running, marked failed at the next start. */
    public static final String INTERRUPTED = "interrupted: Seatkeeper stopped unexpectedly while this ran.";
    static final String STOPPED = "stopped when Seatkeeper shut down, after the last chunk it wrote: a restart resumes"
            + " it where it stopped.";
    static final String STOPPING = "stopping after the chunk it is writing.";
    static final String NOT_STARTED = "not started: Seatkeeper was shutting down.";
    static final String UNEXPECTED = "failed on an unexpected error; Seatkeeper's log has the details.";
    static final String UNKNOWN = "ended in an unknown state (its last chunk may not have been recorded); Seatkeeper's"
            + " log has the details.";

    private static final int MAX = 500;
    /** A line of a Java stack trace. */
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");
    /** A bare exception class name, or one starting a line: "org.example.SomethingException: ...". */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)\\b.*",
            Pattern.DOTALL);

    private RunMessages() {
    }

    static String of(JobExecution execution) {
        String description = execution.getExitStatus().getExitDescription();
        return switch (execution.getStatus()) {
            case STOPPED -> STOPPED;
            case STOPPING -> STOPPING;
            case UNKNOWN -> UNKNOWN;
            case FAILED -> readable(description)
                    .orElse(execution.getStartTime() == null ? NOT_STARTED : UNEXPECTED);
            default -> "";
        };
    }

    /** The description when it is a sentence for a person (its first line, cut to a length a page can show). */
    static Optional<String> readable(String description) {
        if (description == null || description.isBlank() || TRACE.matcher(description).find()
                || EXCEPTION_NAME.matcher(description.strip()).matches()) {
            return Optional.empty();
        }
        String line = description.strip().lines().findFirst().orElse("");
        return Optional.of(line.length() <= MAX ? line : line.substring(0, MAX) + "…");
    }
}
