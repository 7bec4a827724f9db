package be.kompas.reporting.internal;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.kompas.audit.AuditTrail;
import be.kompas.core.InvalidInputException;
import be.kompas.core.RecordNotFoundException;
import be.kompas.core.document.DocxDocuments;
import be.kompas.core.document.PdfDocuments;
import be.kompas.identity.KompasUser;
import be.kompas.reporting.FigureSection;
import be.kompas.reporting.ReportSection;
import be.kompas.reporting.ReportSection.Report;
import be.kompas.reporting.ReportingPermissions;
import be.kompas.reporting.Scope;
import be.kompas.tenancy.Organisations;

/**
 * Builds the yearly reports as PDF or Word, either at once (the API) or as a background job whose progress a page
 * polls. Jobs live in memory for their owner only: a report is rebuilt from the data in seconds, so nothing is kept.
 */
@Service
public class ReportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);
    /** Jobs kept for download; the oldest go first. */
    private static final int KEPT = 50;
    private static final int FIRST_YEAR = 2000;

    public enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        /** @throws InvalidInputException naming {@code format} */
        public static Format parse(@Nullable String value) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(value == null ? "pdf" : value)) {
                    return format;
                }
            }
            throw InvalidInputException.of("format", "must be pdf or docx");
        }
    }

    /** A built report. */
    public record Download(String fileName, Format format, byte[] content) {
    }

    /** Where a job stands, as the progress page shows it. */
    public record JobStatus(UUID id, Report report, int year, Format format, int percent, boolean done,
            boolean failed) {
    }

    private static final class Job {
        final UUID id = UUID.randomUUID();
        final UUID owner;
        final Report report;
        final int year;
        final Format format;
        volatile int percent;
        volatile @Nullable Download download;
        volatile boolean failed;

        Job(UUID owner, Report report, int year, Format format) {
            this.owner = owner;
            this.report = report;
            this.year = year;
            this.format = format;
        }

        JobStatus status() {
            return new JobStatus(id, report, year, format, percent, download != null, failed);
        }
    }

    private final Dashboards dashboards;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AuditTrail trail;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    /** One report at a time, as the signed-in user, so that the modules' own audit entries name them. */
    private final ExecutorService executor = new DelegatingSecurityContextExecutorService(
            Executors.newSingleThreadExecutor(r -> {
                var thread = new Thread(r, "kompas-reports");
                thread.setDaemon(true);
                return thread;
            }));

    ReportJobs(Dashboards dashboards, Organisations organisations, MessageSource messages, AuditTrail trail) {
        this.dashboards = dashboards;
        this.organisations = organisations;
        this.messages = messages;
        this.trail = trail;
    }

    /** Builds the report at once. */
    @Transactional
    public Download build(KompasUser viewer, Report report, int year, Format format, Locale locale) {
        check(viewer, report, year);
        trail.read("reporting.report", report.name() + "-" + year, null);
        return render(viewer, report, year, format, locale, percent -> {
        });
    }

    /** Starts building the report in the background; poll {@link #status}. */
    @Transactional
    public UUID start(KompasUser viewer, Report report, int year, Format format, Locale locale) {
        check(viewer, report, year);
        trail.read("reporting.report", report.name() + "-" + year, null);
        var job = new Job(viewer.id(), report, year, format);
        forgetOldJobs();
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.download = render(viewer, report, year, format, locale, percent -> job.percent = percent);
                job.percent = 100;
            }
            catch (RuntimeException e) {
                LOG.error("Report {} {} failed", report, year, e);
                job.failed = true;
            }
        });
        return job.id;
    }

    /** @throws RecordNotFoundException for a job of someone else, or one no longer kept */
    public JobStatus status(KompasUser viewer, UUID id) {
        return job(viewer, id).status();
    }

    /** @throws RecordNotFoundException also while the job is still running */
    public Download download(KompasUser viewer, UUID id) {
        var download = job(viewer, id).download;
        if (download == null) {
            throw new RecordNotFoundException("reporting.job", id);
        }
        return download;
    }

    private Job job(KompasUser viewer, UUID id) {
        var job = jobs.get(id);
        if (job == null || !job.owner.equals(viewer.id())) {
            throw new RecordNotFoundException("reporting.job", id);
        }
        return job;
    }

    private void forgetOldJobs() {
        if (jobs.size() >= KEPT) {
            new ArrayList<>(jobs.keySet()).subList(0, jobs.size() - KEPT + 1).forEach(jobs::remove);
        }
    }

    private static void check(KompasUser viewer, Report report, int year) {
        boolean allowed = report == Report.NATIONAL ? viewer.can(ReportingPermissions.NATIONAL)
                : viewer.can(ReportingPermissions.ORGANISATION);
        if (!allowed) {
            throw new AccessDeniedException("No permission for the " + report + " report");
        }
        if (year < FIRST_YEAR || year > java.time.Year.now().getValue() + 1) {
            throw InvalidInputException.of("year", "must be between " + FIRST_YEAR + " and next year");
        }
    }

    private Download render(KompasUser viewer, Report report, int year, Format format, Locale locale,
            IntConsumer progress) {
        var texts = new Texts(messages, locale);
        var organisation = organisations.get(viewer.organisationId());
        long total = report == Report.NATIONAL ? dashboards.nationalSectionCount()
                : java.util.Arrays.stream(ReportSection.values()).filter(s -> s.in(report)).count();
        int[] done = { 0 };
        java.util.function.Consumer<ReportSection> step = section -> progress
                .accept((int) (90L * done[0]++ / Math.max(1, total)));
        java.util.List<FigureSection> sections = report == Report.NATIONAL ? dashboards.national(viewer, year, step)
                : dashboards.report(Scope.organisation(viewer.organisationId()), report, year, step);
        String title = texts.get(report.titleKey(), String.valueOf(year));
        var document = ReportDocuments.build(title, organisation.name(), sections, year, texts);
        progress.accept(90);
        byte[] content = format == Format.PDF ? PdfDocuments.toBytes(document) : DocxDocuments.toBytes(document);
        String fileName = "kompas-" + report.name().toLowerCase(Locale.ROOT) + "-" + year + "-"
                + organisation.code() + "-" + locale.getLanguage() + "." + format.extension;
        return new Download(fileName, format, content);
    }
}
