package be.kompas.reporting.internal;

import java.util.Locale;
import java.util.UUID;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
 * polls. A job's state and file are kept in the database for their owner only, for a day ({@link ReportJobCleanup}).
 */
@Service
public class ReportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);
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

    private final Dashboards dashboards;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AuditTrail trail;
    private final ReportJobRepository jobs;
    /** One report at a time per instance, as the signed-in user, so that the modules' own audit entries name them. */
    private final ExecutorService executor = new DelegatingSecurityContextExecutorService(
            Executors.newSingleThreadExecutor(r -> {
                var thread = new Thread(r, "kompas-reports");
                thread.setDaemon(true);
                return thread;
            }));

    ReportJobs(Dashboards dashboards, Organisations organisations, MessageSource messages, AuditTrail trail,
            ReportJobRepository jobs) {
        this.dashboards = dashboards;
        this.organisations = organisations;
        this.messages = messages;
        this.trail = trail;
        this.jobs = jobs;
    }

    /** Builds the report at once. */
    @Transactional
    public Download build(KompasUser viewer, Report report, int year, Format format, Locale locale) {
        check(viewer, report, year);
        trail.read("reporting.report", report.name() + "-" + year, null);
        return render(viewer, report, year, format, locale, percent -> {
        });
    }

    /**
     * Starts building the report in the background on this instance, once the job's row is committed; its progress
     * and file go to the row, so any instance answers {@link #status} and {@link #download}.
     */
    @Transactional
    public UUID start(KompasUser viewer, Report report, int year, Format format, Locale locale) {
        check(viewer, report, year);
        trail.read("reporting.report", report.name() + "-" + year, null);
        UUID id = jobs.insert(viewer, report, year, format);
        afterCommit(() -> executor.submit(() -> {
            try {
                var download = render(viewer, report, year, format, locale, percent -> jobs.progress(id, percent));
                jobs.finish(id, download.fileName(), download.content());
            }
            catch (RuntimeException e) {
                LOG.error("Report {} {} failed", report, year, e);
                jobs.fail(id, e.getClass().getSimpleName());
            }
        }));
        return id;
    }

    /** @throws RecordNotFoundException for a job of someone else, or one no longer kept */
    public JobStatus status(KompasUser viewer, UUID id) {
        return jobs.status(viewer, id).orElseThrow(() -> new RecordNotFoundException("reporting.job", id));
    }

    /** @throws RecordNotFoundException also while the job is still running */
    public Download download(KompasUser viewer, UUID id) {
        return jobs.download(viewer, id).orElseThrow(() -> new RecordNotFoundException("reporting.job", id));
    }

    private static void afterCommit(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            task.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
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
