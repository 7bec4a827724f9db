package be.kompas;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import be.kompas.storage.BackupManifest;
import be.kompas.storage.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code kompas backup --out FILE}: one consistent copy of the database and the data directory's files. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = { "Write a backup of all Kompas data (every table, the audit chain included, and the files of"
                + " the data directory) to one file, from a single database snapshot.",
                "Uses the database of a Kompas running on the same data directory, or starts it if none runs.",
                ToolContext.OPTIONS_HELP },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:the backup is written", "1:the backup could not be written", "2:wrong options" })
class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (a zip);"
            + " an existing file is not overwritten.")
    Path out;

    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        ToolContext.requireKnown(spec, options);
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out)) {
            err.printf("%s already exists; choose a new file name.%n", out);
            err.flush();
            return 1;
        }
        // Written beside the target and moved when complete, so that a failed run never leaves a half backup.
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        BackupManifest manifest;
        try (ConfigurableApplicationContext context = ToolContext.start(ToolContext.READ_ONLY, options)) {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                manifest = context.getBean(Backups.class).write(stream);
            }
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            err.println("Cannot write the backup: " + ToolContext.rootMessage(e));
            err.flush();
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Backup written to %s: %d tables, %d rows, schema version %s.%n", out,
                manifest.tableRows().size(), manifest.totalRows(), manifest.schemaVersion());
        stdout.flush();
        return 0;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            // The error that caused this is the one to report.
        }
    }
}
