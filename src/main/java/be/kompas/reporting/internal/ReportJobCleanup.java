package be.kompas.reporting.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import be.kompas.storage.JobLocks;

/**
 * Deletes the report jobs and their files after the retention ({@code kompas.reporting.job-retention}, a day by
 * default), every hour, once across instances (through the job locks).
 */
@Component
class ReportJobCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobCleanup.class);
    static final String LOCK = "reporting.job-cleanup";
    private static final Duration HOLD = Duration.ofMinutes(30);

    private final ReportJobRepository jobs;
    private final JobLocks locks;
    private final Clock clock;
    private final Duration retention;

    ReportJobCleanup(ReportJobRepository jobs, JobLocks locks, Clock clock,
            @Value("${kompas.reporting.job-retention:P1D}") Duration retention) {
        this.jobs = jobs;
        this.locks = locks;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${kompas.reporting.job-cleanup-cron:0 20 * * * *}")
    void hourly() {
        locks.runOnce(LOCK, HOLD, this::cleanUp);
    }

    /** Deletes the jobs older than the retention, now. */
    int cleanUp() {
        int deleted = jobs.deleteBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            LOG.info("Deleted {} report jobs older than {}", deleted, retention);
        }
        return deleted;
    }
}
