package be.kompas.storage.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import be.kompas.storage.JobLocks;

/**
 * One atomic statement takes the lock, on the database's clock, so the instances' clocks need not agree. A lock is
 * never released early: it expires, which is what keeps a slightly later instance from a second run.
 */
@Component
class JdbcJobLocks implements JobLocks {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcJobLocks.class);

    /** "pid@host", so that an operator can tell which instance ran a job. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;

    JdbcJobLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean runOnce(String job, Duration holdFor, Runnable run) {
        int taken = jdbc.sql("""
                insert into job_lock (name, locked_until, locked_at, locked_by)
                values (:job, now() + :millis * interval '1 millisecond', now(), :instance)
                on conflict (name) do update set locked_until = excluded.locked_until, locked_at = excluded.locked_at,
                  locked_by = excluded.locked_by
                where job_lock.locked_until <= now()""")
                .param("job", job).param("millis", holdFor.toMillis()).param("instance", INSTANCE).update();
        if (taken == 0) {
            LOG.info("Job {} skipped: another instance ran it less than {} ago", job, holdFor);
            return false;
        }
        run.run();
        return true;
    }
}
