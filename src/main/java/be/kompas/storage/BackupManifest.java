package be.kompas.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipFile;

/**
 * What a backup file holds: when it was taken, the database schema version (the last Flyway migration applied) and
 * the number of rows of each table, written as the file's {@code manifest.properties}.
 *
 * @param tableRows the rows of each table, by qualified name ({@code public.audit_entry})
 */
public record BackupManifest(int format, Instant createdAt, String schemaVersion, SortedMap<String, Long> tableRows) {

    public static final int FORMAT = 1;
    public static final String ENTRY = "manifest.properties";

    private static final String ROWS = "rows.";

    public BackupManifest {
        tableRows = new TreeMap<>(tableRows);
    }

    public long totalRows() {
        return tableRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reads the manifest of a backup file, refusing a file that is not a Kompas backup of a known format. */
    public static BackupManifest readFrom(Path backup) {
        try (var zip = new ZipFile(backup.toFile())) {
            var entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException(backup + " is not a Kompas backup (it has no " + ENTRY + ").");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return read(in);
            }
        }
        catch (IOException e) {
            throw new IllegalArgumentException(backup + " is not a readable Kompas backup: " + e.getMessage(), e);
        }
    }

    static BackupManifest read(InputStream in) throws IOException {
        var properties = new Properties();
        properties.load(in);
        int format = Integer.parseInt(properties.getProperty("format", "0"));
        if (format != FORMAT) {
            throw new IllegalArgumentException("Backup format " + format + " is not supported (this Kompas reads "
                    + FORMAT + ").");
        }
        var rows = new TreeMap<String, Long>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(ROWS)) {
                rows.put(name.substring(ROWS.length()), Long.valueOf(properties.getProperty(name)));
            }
        }
        return new BackupManifest(format, Instant.parse(properties.getProperty("created-at")),
                properties.getProperty("schema-version"), rows);
    }

    public void write(OutputStream out) {
        var properties = new Properties();
        properties.setProperty("format", Integer.toString(format));
        properties.setProperty("created-at", createdAt.toString());
        properties.setProperty("schema-version", schemaVersion);
        for (Map.Entry<String, Long> table : tableRows.entrySet()) {
            properties.setProperty(ROWS + table.getKey(), table.getValue().toString());
        }
        try {
            properties.store(out, "Kompas backup");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
