package be.kompas;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import be.kompas.audit.AuditTrail;
import be.kompas.audit.ChainVerification;
import be.kompas.storage.BackupManifest;
import be.kompas.storage.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code kompas restore --from FILE}: a backup into a new, empty data directory (and database), whose audit chain is
 * then verified. Nothing is ever overwritten.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = { "Restore a backup written by 'kompas backup' into a new or empty data directory, with the"
                + " database schema of the backup's version, then verify the restored audit trail.",
                "Start Kompas on the directory afterwards; a newer Kompas migrates it forward on its first start.",
                "Needs --kompas.data-dir=DIR. With an external PostgreSQL (--spring.datasource.url=...), its database"
                        + " must have no tables yet.",
                ToolContext.OPTIONS_HELP },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:restored, the audit trail is intact", "1:restored, but the audit trail is broken",
                "2:wrong options", "3:refused or failed: nothing was restored" })
class RestoreCommand implements Callable<Integer> {

    static final int REFUSED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    Path from;

    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        ToolContext.requireKnown(spec, options);
        Path dataDir = ToolContext.option(options, "kompas.data-dir").map(Path::of)
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "Name the new data directory to restore into: --kompas.data-dir=DIR"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BackupManifest manifest = BackupManifest.readFrom(from);
            requireEmpty(dataDir);
            Optional<String> url = ToolContext.option(options, "spring.datasource.url");
            if (url.isPresent()) {
                requireNoTables(url.get());
            }
            ChainVerification verification;
            try (ConfigurableApplicationContext context = ToolContext.start(List.of(
                    "--kompas.embedded-db.join-running=false", "--spring.flyway.target=" + manifest.schemaVersion()),
                    options)) {
                context.getBean(Backups.class).restore(from);
                verification = context.getBean(AuditTrail.class).verify();
            }
            out.printf("Restored %s (taken %s, schema version %s): %d tables, %d rows into %s.%n", from,
                    manifest.createdAt(), manifest.schemaVersion(), manifest.tableRows().size(), manifest.totalRows(),
                    dataDir);
            return AuditCommand.report(verification, out);
        }
        catch (RuntimeException e) {
            err.println("Nothing restored: " + ToolContext.rootMessage(e));
            return REFUSED;
        }
        finally {
            out.flush();
            err.flush();
        }
    }

    private static void requireEmpty(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException("The data directory " + dataDir.toAbsolutePath().normalize()
                        + " is not empty. Restore only into a new or empty directory, so that no data is overwritten.");
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private void requireNoTables(String url) {
        try (var connection = DriverManager.getConnection(url,
                ToolContext.option(options, "spring.datasource.username").orElse(null),
                ToolContext.option(options, "spring.datasource.password").orElse(null));
                var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema not in ('pg_catalog', 'information_schema')"
                        + " and table_schema not like 'pg\\_%'")) {
            result.next();
            if (result.getLong(1) > 0) {
                throw new IllegalStateException("The database " + url + " already has tables. Restore only into a"
                        + " new, empty database, so that no data is overwritten.");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }
}
