package be.kompas.lookups;

import java.nio.file.Path;

import be.kompas.lookups.engine.DetectionSettings;
import be.kompas.lookups.engine.LookupScan;
import be.kompas.lookups.engine.ScanListener;
import be.kompas.lookups.engine.ScanSummary;

/**
 * The module's entry point for other modules, such as a review queue: scan an exchange-format directory and receive
 * each alert and the progress (bytes of {@code events.csv} read) through a {@link ScanListener}.
 */
public final class LookupScanner {

    private final DetectionSettings settings;

    public LookupScanner(DetectionSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs on the calling thread, in memory bounded by the context and the repeat window.
     *
     * @throws be.kompas.lookups.engine.InputException if a required file or column is missing
     */
    public ScanSummary scan(Path directory, ScanListener listener) {
        return LookupScan.scan(directory, settings, listener);
    }
}
