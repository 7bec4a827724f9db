package be.kompas.lookups.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import be.kompas.lookups.engine.Alert;
import be.kompas.lookups.engine.LookupScan;
import be.kompas.lookups.engine.ScanListener;
import be.kompas.lookups.engine.ScanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kompas lookups scan}: proposes look-ups for review from an exchange-format directory. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = { "Reads an exchange-format directory (staff.csv, subjects.csv, cases.csv, case_subjects.csv, "
                + "events.csv, optional rosters.csv and relations.csv) and writes alerts.csv and summary.json.",
            "Exit codes: 0 done (bad rows are reported in summary.json), 2 missing file or column, 1 other failure." })
public class ScanCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Directory with the input files.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for alerts.csv and summary.json.")
    Path out;

    @Mixin
    DetectionOptions detection = new DetectionOptions();

    @Override
    public Integer call() {
        return Failures.guard("scan", () -> {
            ScanSummary summary = LookupScan.scanToDirectory(data, out, detection.settings(), new ScanListener() {
                @Override
                public void alert(Alert alert) {
                }
            });
            System.out.printf("%,d events, %,d explained (%.1f%%), %,d alerts, %,d bad rows in %,d ms; wrote %s%n",
                    summary.events(), summary.explained(), 100 * summary.explainedShare(), summary.alerts(),
                    summary.badRowCount(), summary.elapsedMillis(), out.resolve("alerts.csv"));
            return 0;
        });
    }
}
