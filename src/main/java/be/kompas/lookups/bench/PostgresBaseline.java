package be.kompas.lookups.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The same explanation done the way a database would: COPY the CSV files into tables, then one set-based query that
 * joins events to cases by team, subject and time. Its time includes the COPY, since the engine's includes reading
 * the same files.
 */
final class PostgresBaseline {

    /** What the baseline found and how long each part took. */
    record Result(long events, long explained, long copyMillis, long queryMillis) {
        long totalMillis() {
            return copyMillis + queryMillis;
        }
    }

    private static final String EXPLAINED = """
            SELECT count(*) FROM events e JOIN staff s ON s.officer_id = e.officer_id
            WHERE EXISTS (SELECT 1 FROM case_subjects cs JOIN cases c ON c.case_ref = cs.case_ref
                          WHERE cs.subject_id = e.subject_id AND c.team_id = s.team_id
                            AND c.opened_at <= e.ts AND (c.closed_at IS NULL OR e.ts <= c.closed_at))
            """;

    private PostgresBaseline() {
    }

    static Result run(Path data, Path workDirectory) throws IOException, SQLException {
        Files.createDirectories(workDirectory);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(workDirectory)
                .setCleanDataDirectory(true).setPort(0)
                // Durability off and memory for hashing: the baseline gets every advantage.
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off").setServerConfig("work_mem", "256MB")
                .setServerConfig("maintenance_work_mem", "256MB").setServerConfig("shared_buffers", "256MB")
                .start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            long started = System.nanoTime();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long events = 0;
            for (String table : List.of("staff", "cases", "case_subjects", "events")) {
                long rows = load(connection, copy, data.resolve(table + ".csv"), table);
                if (table.equals("events")) {
                    events = rows;
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            long copied = System.nanoTime();
            long explained;
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                    EXPLAINED)) {
                result.next();
                explained = result.getLong(1);
            }
            long queried = System.nanoTime();
            return new Result(events, explained, (copied - started) / 1_000_000, (queried - copied) / 1_000_000);
        }
    }

    /** Creates an unlogged table with the file's columns, typed where the query needs it, and copies the file in. */
    private static long load(Connection connection, CopyManager copy, Path file, String table)
            throws IOException, SQLException {
        List<String> columns;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            columns = List.of(in.readLine().trim().split(","));
        }
        String definition = columns.stream().map(column -> column + " " + type(column))
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE UNLOGGED TABLE " + table + " (" + definition + ")");
        }
        try (Reader in = Files.newBufferedReader(file)) {
            return copy.copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
    }

    private static String type(String column) {
        return switch (column) {
            case "ts", "opened_at", "closed_at" -> "timestamptz";
            default -> "text";
        };
    }
}
