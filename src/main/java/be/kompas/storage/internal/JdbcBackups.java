package be.kompas.storage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import be.kompas.storage.BackupManifest;
import be.kompas.storage.Backups;
import be.kompas.storage.StorageSettings;

/**
 * A logical dump through PostgreSQL's {@code COPY}: each table as CSV with a header, all read in one REPEATABLE READ
 * transaction, so that the backup is one consistent snapshot even while Kompas serves users. It needs no PostgreSQL
 * client programs, and works on the embedded server and on an external one alike. The schema itself is not dumped:
 * restore re-creates it with the Flyway migrations up to the backup's version.
 */
@Component
class JdbcBackups implements Backups {

    private static final String TABLES = "database/";
    private static final String SEQUENCES = "database/sequences.properties";
    private static final String FILES = "data-dir/";
    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    private static final String USER_SCHEMAS = "not in ('pg_catalog', 'information_schema') and %s not like 'pg\\_%%'";

    private final DataSource dataSource;
    private final StorageSettings settings;
    private final Clock clock;

    JdbcBackups(DataSource dataSource, StorageSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public BackupManifest write(OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try {
                return write(connection, new ZipOutputStream(out));
            }
            finally {
                connection.rollback();
            }
        }
        catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the database for the backup", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup", e);
        }
    }

    private BackupManifest write(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        String version = schemaVersion(jdbc);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var rows = new TreeMap<String, Long>();
        for (Map.Entry<String, String> table : tables(jdbc).entrySet()) {
            zip.putNextEntry(new ZipEntry(TABLES + table.getKey() + ".csv"));
            rows.put(table.getKey(), copy.copyOut("copy " + table.getValue() + " to stdout (format csv, header true)",
                    zip));
            zip.closeEntry();
        }
        var sequences = new Properties();
        jdbc.sql("select format('%I.%I', schemaname, sequencename) as name, last_value from pg_sequences"
                + " where last_value is not null and schemaname " + USER_SCHEMAS.formatted("schemaname"))
                .query((rs, n) -> sequences.setProperty(rs.getString("name"), rs.getString("last_value"))).list();
        zip.putNextEntry(new ZipEntry(SEQUENCES));
        sequences.store(zip, "last values");
        zip.closeEntry();
        writeFiles(zip);
        var manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant(), version, rows);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        manifest.write(zip);
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    /** The highest version applied, which need not be the last one installed when migrations ran out of order. */
    private static String schemaVersion(JdbcClient jdbc) {
        return jdbc.sql("select version from " + FLYWAY_HISTORY + " where success and version is not null")
                .query(String.class).list().stream().map(MigrationVersion::fromVersion)
                .max(MigrationVersion::compareTo).map(MigrationVersion::getVersion)
                .orElseThrow(() -> new IllegalStateException("The database has no Flyway migrations applied."));
    }

    /** Qualified name for file names and messages, mapped to the quoted identifier for SQL. */
    private static Map<String, String> tables(JdbcClient jdbc) {
        var tables = new LinkedHashMap<String, String>();
        jdbc.sql("select table_schema || '.' || table_name as name, format('%I.%I', table_schema, table_name) as ident"
                + " from information_schema.tables where table_type = 'BASE TABLE' and table_name <> :history"
                + " and table_schema " + USER_SCHEMAS.formatted("table_schema") + " order by 1")
                .param("history", FLYWAY_HISTORY)
                .query((rs, n) -> tables.put(rs.getString("name"), rs.getString("ident"))).list();
        return tables;
    }

    /** Everything in the data directory except the database cluster, which the tables above stand for. */
    private void writeFiles(ZipOutputStream zip) throws IOException {
        Path root = settings.dataDir();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(file -> isBackedUp(root.relativize(file))).sorted()
                    .toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry(FILES + root.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }

    private static boolean isBackedUp(Path relative) {
        String first = relative.getName(0).toString();
        return !first.equals(EmbeddedDatabaseConfiguration.CLUSTER_DIRECTORY)
                && !first.equals(DataDirectoryLock.LOCK_FILE);
    }

    @Override
    public BackupManifest restore(Path backup) {
        BackupManifest manifest = BackupManifest.readFrom(backup);
        try (var zip = new ZipFile(backup.toFile()); Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                load(manifest, zip, connection);
                connection.commit();
            }
            catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            restoreFiles(zip);
            return manifest;
        }
        catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot load the backup into the database: "
                    + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + backup, e);
        }
    }

    /**
     * Foreign keys are dropped during the load and added again afterwards (which checks every row), so that tables
     * can be loaded in any order despite references in cycles; triggers such as the audit trail's append-only guard are
     * off meanwhile, for the emptying of what migrations seeded.
     */
    private static void load(BackupManifest manifest, ZipFile zip, Connection connection)
            throws SQLException, IOException {
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        Map<String, String> tables = tables(jdbc);
        if (!tables.keySet().equals(manifest.tableRows().keySet())) {
            throw new IllegalStateException("The database's tables do not match the backup's: is it migrated to"
                    + " version " + manifest.schemaVersion() + "? Database: " + tables.keySet() + ", backup: "
                    + manifest.tableRows().keySet());
        }
        List<String> foreignKeys = new ArrayList<>();
        jdbc.sql("select format('alter table %s add constraint %I %s', conrelid::regclass, conname,"
                + " pg_get_constraintdef(oid)) as ddl, format('alter table %s drop constraint %I', conrelid::regclass,"
                + " conname) as drop from pg_constraint where contype = 'f' and connamespace::regnamespace::text "
                + USER_SCHEMAS.formatted("connamespace::regnamespace::text"))
                .query((rs, n) -> {
                    foreignKeys.add(rs.getString("ddl"));
                    return rs.getString("drop");
                }).list().forEach(drop -> jdbc.sql(drop).update());
        tables.values().forEach(table -> jdbc.sql("alter table " + table + " disable trigger user").update());
        jdbc.sql("truncate " + String.join(", ", tables.values())).update();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            long expected = manifest.tableRows().get(table.getKey());
            long loaded = copyIn(copy, table.getValue(), zip, TABLES + table.getKey() + ".csv");
            if (loaded != expected) {
                throw new IllegalStateException("The backup's " + table.getKey() + " holds " + loaded
                        + " rows where its manifest says " + expected + ": the file is damaged.");
            }
        }
        foreignKeys.forEach(ddl -> jdbc.sql(ddl).update());
        tables.values().forEach(table -> jdbc.sql("alter table " + table + " enable trigger user").update());
        var sequences = new Properties();
        try (InputStream in = zip.getInputStream(required(zip, SEQUENCES))) {
            sequences.load(in);
        }
        for (String sequence : sequences.stringPropertyNames()) {
            jdbc.sql("select setval(cast(:sequence as regclass), :value)").param("sequence", sequence)
                    .param("value", Long.parseLong(sequences.getProperty(sequence))).query(Long.class).single();
        }
    }

    /** The header line names the columns, so a column order that differs between servers does not matter. */
    private static long copyIn(CopyManager copy, String table, ZipFile zip, String name)
            throws SQLException, IOException {
        ZipEntry entry = required(zip, name);
        String header;
        try (InputStream in = zip.getInputStream(entry)) {
            header = firstLine(in);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return copy.copyIn("copy " + table + " (" + header + ") from stdin (format csv, header true)", in);
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }

    private static ZipEntry required(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException("The backup lacks " + name + ": the file is damaged.");
        }
        return entry;
    }

    private void restoreFiles(ZipFile zip) throws IOException {
        Path root = settings.dataDir().toAbsolutePath().normalize();
        for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith(FILES) && !e.isDirectory()).toList()) {
            Path target = root.resolve(entry.getName().substring(FILES.length())).normalize();
            // A crafted entry such as data-dir/../../etc/x must not write outside the data directory.
            if (!target.startsWith(root) || !isBackedUp(root.relativize(target))) {
                throw new IllegalStateException("The backup entry " + entry.getName() + " points outside the data"
                        + " directory.");
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target);
            }
        }
    }
}
