package be.kompas.storage;

import java.time.Duration;

/**
 * Keeps a scheduled job to one run when several Kompas instances share a database and each fires the same schedule.
 * Call it outside a transaction.
 */
public interface JobLocks {

    /**
     * Runs the job unless an instance started it less than {@code holdFor} ago; the hold outlasts the job's run, so
     * that an instance whose clock fires a little later does not run it again. Answers whether this instance ran it.
     *
     * @param holdFor longer than the job takes, shorter than the time between two runs
     */
    boolean runOnce(String job, Duration holdFor, Runnable run);
}
