package be.kompas.lookups.cli;

import java.time.Duration;

import be.kompas.lookups.engine.DetectionSettings;
import picocli.CommandLine.Option;

/** The detection settings as command-line options; defaults are those of {@link DetectionSettings#defaults()}. */
class DetectionOptions {

    private static final DetectionSettings DEFAULTS = DetectionSettings.defaults();

    @Option(names = "--threshold", description = "Minimal score of a proposed look-up, 0-100 (default: ${DEFAULT-VALUE}).")
    int threshold = DEFAULTS.threshold();

    @Option(names = "--reorder-minutes", description = "How late an event may arrive and still be put in order (default: ${DEFAULT-VALUE}).")
    long reorderMinutes = DEFAULTS.reorderWindow().toMinutes();

    @Option(names = "--bulk-minutes", description = "Window for bulk browsing (default: ${DEFAULT-VALUE}).")
    long bulkMinutes = DEFAULTS.bulkWindow().toMinutes();

    @Option(names = "--bulk-min", description = "Distinct unexplained subjects in that window that make a burst (default: ${DEFAULT-VALUE}).")
    int bulkMinimum = DEFAULTS.bulkMinimum();

    @Option(names = "--repeat-days", description = "How long unexplained look-ups are remembered for repeats (default: ${DEFAULT-VALUE}).")
    long repeatDays = DEFAULTS.repeatWindow().toDays();

    @Option(names = "--repeat-min", description = "Sessions on one subject that make a repeat (default: ${DEFAULT-VALUE}).")
    int repeatMinimum = DEFAULTS.repeatMinimum();

    @Option(names = "--repeat-gap-minutes", description = "Gap that starts a new session on the same subject (default: ${DEFAULT-VALUE}).")
    long repeatGapMinutes = DEFAULTS.repeatGap().toMinutes();

    @Option(names = "--off-duty-grace-minutes", description = "Time around a shift that still counts as on duty (default: ${DEFAULT-VALUE}).")
    long offDutyGraceMinutes = DEFAULTS.offDutyGrace().toMinutes();

    DetectionSettings settings() {
        return new DetectionSettings(threshold, Duration.ofMinutes(reorderMinutes), Duration.ofMinutes(bulkMinutes),
                bulkMinimum, Duration.ofDays(repeatDays), repeatMinimum, Duration.ofMinutes(repeatGapMinutes),
                Duration.ofMinutes(offDutyGraceMinutes));
    }
}
