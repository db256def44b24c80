package org.seatkeeper.batch.jobs;

/**
 * A started job execution. @param run the day's run number (1 unless started again by hand after a completed run)
 * @param restart true when this execution resumes a failed or stopped run where it stopped
 */
public record JobStart(long executionId, long run, boolean restart) {
}
