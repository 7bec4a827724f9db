package be.kompas.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.KompasIntegrationTest;
import be.kompas.audit.AuditTrail;
import be.kompas.core.Formats;
import be.kompas.core.RecordNotFoundException;
import be.kompas.identity.KompasUser;
import be.kompas.identity.Roles;
import be.kompas.reporting.ReportSection.Report;
import be.kompas.reporting.ReportingPermissions;
import be.kompas.reporting.internal.ReportJobs.Format;
import be.kompas.storage.JobLocks;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/**
 * A report job's state and file are in the database: another instance (here a second {@code ReportJobs} and
 * repository of its own, sharing only the database) answers the progress and the download; old jobs are cleaned up
 * once across instances; a job whose instance died shows as failed.
 */
@KompasIntegrationTest
class ReportJobsIntegrationTests {

    @Autowired
    ReportJobs jobs;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Organisations organisations;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ReportJobCleanup cleanup;

    @Autowired
    JobLocks locks;

    private KompasUser user(String username) {
        var row = jdbc.sql("select id, organisation_id from app_user where username = ?").param(username)
                .query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).single();
        var org = organisations.get(new OrganisationId(row[1]));
        return new KompasUser(row[0], username, username, org.id(), org.code(), org.kind(),
                Set.of(Roles.INTEGRITY_COORDINATOR), Set.of(ReportingPermissions.ORGANISATION), null, Locale.ENGLISH);
    }

    private int year() {
        return LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
    }

    @Test
    void anotherInstanceAnswersTheProgressAndTheDownload() throws Exception {
        var coordinator = user("demo.coordinator");
        UUID id = jobs.start(coordinator, Report.B10, year(), Format.PDF, Locale.ENGLISH);
        var otherInstance = new ReportJobs(dashboards, organisations, messages, trail,
                new ReportJobRepository(jdbc, clock));
        assertThat(otherInstance.status(coordinator, id).report()).isEqualTo(Report.B10);
        await().atMost(Duration.ofMinutes(2)).until(() -> otherInstance.status(coordinator, id).done());
        var status = otherInstance.status(coordinator, id);
        assertThat(status.percent()).isEqualTo(100);
        assertThat(status.failed()).isFalse();
        var download = otherInstance.download(coordinator, id);
        assertThat(download.fileName()).endsWith(".pdf");
        try (var document = Loader.loadPDF(download.content())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        // Someone else, even of the same zone, does not find it.
        assertThatThrownBy(() -> otherInstance.status(user("demo.chief"), id))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> otherInstance.download(user("demo2.coordinator"), id))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aJobWhoseInstanceDiedShowsAsFailed() {
        var coordinator = user("demo.coordinator");
        var repository = new ReportJobRepository(jdbc, clock);
        UUID id = repository.insert(coordinator, Report.ANNUAL, year(), Format.DOCX);
        repository.progress(id, 40);
        var running = jobs.status(coordinator, id);
        assertThat(running.percent()).isEqualTo(40);
        assertThat(running.done() || running.failed()).isFalse();
        assertThatThrownBy(() -> jobs.download(coordinator, id)).isInstanceOf(RecordNotFoundException.class);
        jdbc.sql("update report_job set updated_at = now() - interval '11 minutes' where id = ?").param(id).update();
        assertThat(jobs.status(coordinator, id).failed()).isTrue();
    }

    @Test
    void jobsOlderThanADayAreCleanedUpOnceAcrossInstances() {
        var coordinator = user("demo.coordinator");
        var repository = new ReportJobRepository(jdbc, clock);
        UUID old = repository.insert(coordinator, Report.ANNUAL, year(), Format.PDF);
        repository.finish(old, "old.pdf", new byte[] { 1, 2, 3 });
        UUID recent = repository.insert(coordinator, Report.ANNUAL, year(), Format.PDF);
        jdbc.sql("update report_job set created_at = now() - interval '25 hours' where id = ?").param(old).update();
        assertThat(cleanup.cleanUp()).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> jobs.status(coordinator, old)).isInstanceOf(RecordNotFoundException.class);
        assertThat(jobs.status(coordinator, recent).id()).isEqualTo(recent);
        // The scheduled run takes the lock: while another instance holds it, this one does nothing.
        jdbc.sql("update report_job set created_at = now() - interval '25 hours' where id = ?").param(recent)
                .update();
        locks.runOnce(ReportJobCleanup.LOCK, Duration.ofMinutes(5), () -> {
        });
        cleanup.hourly();
        assertThat(jobs.status(coordinator, recent).id()).as("kept while the lock is held").isEqualTo(recent);
        jdbc.sql("delete from job_lock where name = ?").param(ReportJobCleanup.LOCK).update();
        cleanup.hourly();
        assertThatThrownBy(() -> jobs.status(coordinator, recent)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void startedJobsAreRowsNotMemory() {
        var coordinator = user("demo2.coordinator");
        UUID id = jobs.start(coordinator, Report.B9, year(), Format.DOCX, Locale.forLanguageTag("fr"));
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "select status from report_job where id = ?").param(id).query(String.class).single()
                .equals("DONE"));
        assertThat(jdbc.sql("select octet_length(content) from report_job where id = ?").param(id)
                .query(Integer.class).single()).isPositive();
    }
}
