package org.seatkeeper.batch.jobs;

/**
 * How far a run got. @param total null while the provider has not said how many items there are
 * @param pages provider pages read so far
 */
public record JobProgress(long done, Long total, long pages) {

    /** Percent done when the total is known, else null (the page then shows "n read, page p"). */
    public Integer percent() {
        if (total == null || total <= 0) {
            return null;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
