package be.kompas.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import be.kompas.identity.KompasUser;
import be.kompas.reporting.ReportSection.Report;
import be.kompas.reporting.internal.ReportJobs.Download;
import be.kompas.reporting.internal.ReportJobs.Format;
import be.kompas.reporting.internal.ReportJobs.JobStatus;

/**
 * The report jobs' rows: state, progress and the finished file, shared by every instance. A job of the owner only,
 * in the owner's organisation; a running job whose instance stopped reporting progress counts as failed.
 */
@Repository
class ReportJobRepository {

    /** A running job silent for longer than this died with its instance (a report takes seconds per section). */
    static final Duration SILENT = Duration.ofMinutes(10);
    /** Jobs an owner keeps at most; the oldest go first. */
    static final int KEPT = 20;
    private static final String MINE = " where id = :id and owner_id = :owner and organisation_id = :org";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportJobRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID insert(KompasUser owner, Report report, int year, Format format) {
        UUID id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into report_job (id, organisation_id, owner_id, report, year, format, status, created_at,
                  updated_at)
                values (:id, :org, :owner, :report, :year, :format, 'RUNNING', :now, :now)""").param("id", id)
                .param("org", owner.organisationId().value()).param("owner", owner.id()).param("report", report.name())
                .param("year", year).param("format", format.name()).param("now", now).update();
        jdbc.sql("""
                delete from report_job where owner_id = :owner and id not in (
                  select id from report_job where owner_id = :owner order by created_at desc limit :kept)""")
                .param("owner", owner.id()).param("kept", KEPT).update();
        return id;
    }

    void progress(UUID id, int percent) {
        jdbc.sql("update report_job set percent = :percent, updated_at = :now where id = :id and status = 'RUNNING'")
                .param("percent", Math.max(0, Math.min(99, percent))).param("now", Timestamp.from(clock.instant()))
                .param("id", id).update();
    }

    void finish(UUID id, String fileName, byte[] content) {
        jdbc.sql("""
                update report_job set status = 'DONE', percent = 100, file_name = :name, content = :content,
                  updated_at = :now where id = :id""").param("name", fileName).param("content", content)
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    void fail(UUID id, String error) {
        jdbc.sql("update report_job set status = 'FAILED', error = :error, updated_at = :now where id = :id")
                .param("error", error).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    Optional<JobStatus> status(KompasUser owner, UUID id) {
        Instant silentSince = clock.instant().minus(SILENT);
        return jdbc.sql("select id, report, year, format, status, percent, updated_at from report_job" + MINE)
                .param("id", id).param("owner", owner.id()).param("org", owner.organisationId().value())
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    boolean died = "RUNNING".equals(status)
                            && rs.getTimestamp("updated_at").toInstant().isBefore(silentSince);
                    return new JobStatus(rs.getObject("id", UUID.class), Report.valueOf(rs.getString("report")),
                            rs.getInt("year"), Format.valueOf(rs.getString("format")), rs.getInt("percent"),
                            "DONE".equals(status), "FAILED".equals(status) || died);
                })
                .optional();
    }

    Optional<Download> download(KompasUser owner, UUID id) {
        return jdbc.sql("select file_name, format, content from report_job" + MINE + " and status = 'DONE'")
                .param("id", id).param("owner", owner.id()).param("org", owner.organisationId().value())
                .query((rs, n) -> new Download(rs.getString("file_name"), Format.valueOf(rs.getString("format")),
                        rs.getBytes("content")))
                .optional();
    }

    /** Deletes the jobs created before the cut-off, finished or not; answers how many. */
    int deleteBefore(Instant cutOff) {
        return jdbc.sql("delete from report_job where created_at < :cutOff")
                .param("cutOff", Timestamp.from(cutOff)).update();
    }
}
