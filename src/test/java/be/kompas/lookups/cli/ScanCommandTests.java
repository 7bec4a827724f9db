package be.kompas.lookups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.kompas.lookups.LookupFixture;
import be.kompas.lookups.LookupsCommand;
import picocli.CommandLine;

class ScanCommandTests {

    @TempDir
    Path directory;

    @Test
    void writesAlertsAndSummary() throws IOException {
        Path data = LookupFixture.writeTo(directory.resolve("data"));
        Path out = directory.resolve("out");
        assertThat(run("scan", "--data", data.toString(), "--out", out.toString()).exit).isZero();
        assertThat(out.resolve("alerts.csv")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void exitsWithTwoAndNamesTheMissingFileWithoutStackTrace() throws IOException {
        Path data = LookupFixture.writeTo(directory.resolve("data"));
        Files.delete(data.resolve("staff.csv"));
        Result result = run("scan", "--data", data.toString(), "--out", directory.resolve("out").toString());
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("staff.csv").doesNotContain("\tat ");
    }

    @Test
    void generatesADataSetWithGroundTruth() {
        Path out = directory.resolve("generated");
        assertThat(run("generate", "--out", out.toString(), "--events", "5000", "--seed", "3").exit).isZero();
        assertThat(out.resolve("ground-truth.csv")).exists();
        assertThat(out.resolve("events.csv")).exists();
    }

    private record Result(int exit, String err) {
    }

    private static Result run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            int exit = new CommandLine(new LookupsCommand()).execute(args);
            return new Result(exit, err.toString());
        }
        finally {
            System.setErr(original);
        }
    }
}
