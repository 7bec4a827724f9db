package be.kompas.lookups.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.audit.AuditEvent;
import be.kompas.audit.AuditTrail;
import be.kompas.identity.KompasUser;
import be.kompas.lookups.LookupImports;
import be.kompas.lookups.LookupScanner;
import be.kompas.lookups.engine.Alert;
import be.kompas.lookups.engine.DetectionSettings;
import be.kompas.lookups.engine.InputException;
import be.kompas.lookups.engine.ScanListener;
import be.kompas.lookups.engine.ScanSummary;
import be.kompas.lookups.generator.GeneratorSettings;
import be.kompas.lookups.generator.LookupDataGenerator;
import be.kompas.storage.StorageSettings;
import be.kompas.tenancy.OrganisationId;
import jakarta.annotation.PreDestroy;

/**
 * Imports data sets: an upload is unpacked safely under {@code <data-dir>/lookups/}, scanned on a background thread
 * that writes its progress to the import's row for the page to poll, and its alerts are stored with what the import
 * read about them. The CSV files are deleted once the import ends, so the look-up logs are not kept twice.
 */
@Service
@EnableConfigurationProperties(LookupSettings.class)
public class ImportService implements LookupImports {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    private final ReviewRepository repository;
    private final AuditTrail trail;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LookupSettings settings;
    private final Path root;
    private final LookupScanner scanner = new LookupScanner(DetectionSettings.defaults());
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lookup-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(ReviewRepository repository, AuditTrail trail, Clock clock, TransactionTemplate transactions,
            LookupSettings settings, StorageSettings storage) {
        this.repository = repository;
        this.trail = trail;
        this.clock = clock;
        this.transactions = transactions;
        this.settings = settings;
        this.root = storage.dataDir().resolve("lookups").toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        repository.failInterrupted(clock.instant());
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Unpacks an uploaded zip and starts its scan in the background.
     *
     * @throws InvalidDataSetException when the zip is refused; nothing is kept then
     */
    public UUID upload(KompasUser user, String fileName, InputStream content) throws IOException {
        UUID id = UUID.randomUUID();
        Path directory = root.resolve(id.toString());
        Path data = directory.resolve("data");
        Files.createDirectories(data);
        try {
            Path zip = directory.resolve("upload.zip");
            Files.copy(content, zip);
            DataSetUnpacker.unpack(zip, data, settings);
            Files.delete(zip);
        }
        catch (InvalidDataSetException | IOException e) {
            delete(directory);
            trail.record(new AuditEvent(user.organisationId(), user.username(), "lookups.import.refused",
                    "lookup-import", id.toString(), null, e.getMessage()));
            throw e;
        }
        // Some browsers send the client's whole path; keep the name only.
        String name = fileName.replaceAll(".*[/\\\\]", "").strip();
        String label = name.isEmpty() ? id.toString() : name;
        start(id, user.organisationId(), label.substring(0, Math.min(200, label.length())), "UPLOAD",
                user.username());
        background.execute(() -> run(id, user.organisationId(), user.username(), data, directory));
        return id;
    }

    @Override
    public UUID importDirectory(OrganisationId organisation, String label, Path directory, String actor) {
        UUID id = UUID.randomUUID();
        start(id, organisation, label, "WATCHED", actor);
        run(id, organisation, actor, directory, null);
        return id;
    }

    @Override
    public UUID importSynthetic(OrganisationId organisation, long events, long seed, String actor) {
        UUID id = UUID.randomUUID();
        Path directory = root.resolve(id.toString());
        try {
            new LookupDataGenerator(GeneratorSettings.scaledTo(events, seed)).writeTo(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start(id, organisation, "synthetic-" + events + "-" + seed + ".zip", "DEMO", actor);
        run(id, organisation, actor, directory, directory);
        return id;
    }

    private void start(UUID id, OrganisationId organisation, String label, String origin, String actor) {
        repository.insertImport(id, organisation, label, origin, Pseudonyms.newSecret(), actor, clock.instant());
        trail.record(new AuditEvent(organisation, actor, "lookups.import.started", "lookup-import", id.toString(),
                null, label));
    }

    /** Scans, enriches and stores; a failure marks the import failed and never escapes the background thread. */
    private void run(UUID id, OrganisationId organisation, String actor, Path data, Path cleanUp) {
        try {
            // By look-up: a later burst or repeat replaces an alert with one that has all its reasons.
            var alerts = new LinkedHashMap<String, Alert>();
            ScanSummary summary = scanner.scan(data, new ScanListener() {

                private long last;

                @Override
                public void alert(Alert alert) {
                    alerts.put(alert.eventId(), alert);
                }

                @Override
                public void updated(Alert alert) {
                    alerts.put(alert.eventId(), alert);
                }

                @Override
                public void progress(long bytesRead, long totalBytes, long events) {
                    long now = System.nanoTime();
                    if (last == 0 || now - last > PROGRESS_INTERVAL_NANOS) {
                        last = now;
                        repository.progress(id, bytesRead, totalBytes, events);
                    }
                }
            });
            var enriched = AlertEnricher.enrich(data, new ArrayList<>(alerts.values()));
            List<StoredAlert> stored = enriched.alerts();
            List<ExplanationRule> rules = repository.rules(organisation);
            List<StoredAlert> proposed = stored.stream().filter(a -> rules.stream().noneMatch(r -> r.covers(a)))
                    .toList();
            transactions.executeWithoutResult(status -> {
                var pseudonyms = new Pseudonyms(repository.secret(id));
                // A look-up that an earlier import proposed keeps its alert (and decision), with the new reasons.
                var earlier = repository.existingAlerts(organisation, proposed);
                var fresh = proposed.stream().filter(a -> !earlier.contains(ReviewRepository.lookupKey(a))).toList();
                repository.insertAlerts(organisation, id, pseudonyms, fresh);
                int updated = repository.addReasons(organisation, id,
                        proposed.stream().filter(a -> earlier.contains(ReviewRepository.lookupKey(a))).toList());
                repository.insertSamples(organisation, id, pseudonyms, enriched.samples());
                repository.finish(id, summary.events(), summary.explained(), fresh.size(),
                        stored.size() - proposed.size(), summary.badRowCount(), clock.instant());
                trail.record(new AuditEvent(organisation, actor, "lookups.import.finished", "lookup-import",
                        id.toString(), null, "events=" + summary.events() + " alerts=" + fresh.size()
                                + " of-earlier-imports=" + (proposed.size() - fresh.size())
                                + " with-new-reasons=" + updated
                                + " explained-by-rules=" + (stored.size() - proposed.size())));
            });
        }
        catch (InputException e) {
            fail(id, organisation, actor, "lookups.import.error.format", e);
        }
        catch (IOException | RuntimeException e) {
            fail(id, organisation, actor, "lookups.import.error.failed", e);
        }
        finally {
            delete(cleanUp);
        }
    }

    private void fail(UUID id, OrganisationId organisation, String actor, String key, Exception e) {
        LOG.warn("Look-up import {} failed: {}", id, e.toString());
        repository.fail(id, key, clock.instant());
        trail.record(new AuditEvent(organisation, actor, "lookups.import.failed", "lookup-import", id.toString(),
                null, key));
    }

    private static void delete(@org.jspecify.annotations.Nullable Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException e) {
            LOG.warn("Could not delete {}: {}", directory, e.toString());
        }
    }
}
