package be.kompas.lookups.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import be.kompas.tenancy.Organisations;

/**
 * Imports the data sets that a police system drops into the watched directory, so that a regular export needs no
 * upload. A data set is read only once its {@code READY} file exists (so a half-copied one is never read), and is
 * renamed to {@code <name>.imported} afterwards, which also keeps it from being read twice.
 */
@Component
class WatchedDirectory {

    static final String READY = "READY";
    static final String IMPORTED = ".imported";
    private static final Logger LOG = LoggerFactory.getLogger(WatchedDirectory.class);

    private final LookupSettings settings;
    private final Organisations organisations;
    private final ImportService imports;

    WatchedDirectory(LookupSettings settings, Organisations organisations, ImportService imports) {
        this.settings = settings;
        this.organisations = organisations;
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "${kompas.lookups.watch-interval:PT1M}")
    void poll() {
        if (settings.watchDirectory() != null && Files.isDirectory(settings.watchDirectory())) {
            importReady(settings.watchDirectory());
        }
    }

    /** @return how many data sets were imported */
    int importReady(Path root) {
        int imported = 0;
        for (Path zone : list(root)) {
            var organisation = organisations.findByCode(zone.getFileName().toString());
            if (organisation.isEmpty()) {
                continue;
            }
            for (Path dataSet : list(zone)) {
                String name = dataSet.getFileName().toString();
                if (name.endsWith(IMPORTED) || !Files.exists(dataSet.resolve(READY))) {
                    continue;
                }
                imports.importDirectory(organisation.get().id(), name, dataSet, "watched-directory");
                try {
                    Files.move(dataSet, dataSet.resolveSibling(name + IMPORTED));
                }
                catch (IOException e) {
                    LOG.warn("Could not mark {} as imported: {}", dataSet, e.toString());
                }
                imported++;
            }
        }
        return imported;
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
        catch (IOException e) {
            LOG.warn("Could not read {}: {}", directory, e.toString());
            return List.of();
        }
    }
}
