package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kompas killed with SIGKILL in the middle of a burst of API submissions, then started again on the same data
 * directory: every submission that was answered with success is there, complete, and the audit chain is intact.
 */
class KilledDuringSubmissionsIT {

    private static final Pattern UNIT_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final int SUBMITTERS = 6;

    @TempDir
    Path temp;

    @Test
    void keepsEveryAnsweredSubmissionAndNoHalfOne() throws Exception {
        Path dataDir = temp.resolve("data");
        int port = KompasProcess.freePort();
        int databasePort = KompasProcess.freePort();
        String[] serve = { "-jar", KompasProcess.JAR.toString(), "serve", "--kompas.data-dir=" + dataDir,
                "--server.port=" + port, "--kompas.embedded-db.port=" + databasePort,
                // Cheap hashing of the demo passwords: this test is about the database, not the logins.
                "--kompas.identity.argon2.memory-kib=64", "--kompas.identity.argon2.iterations=1" };
        Path log = temp.resolve("kompas.log");
        var first = KompasProcess.start(temp, Map.of(), port, log, serve);
        assertThat(first.awaitReady()).as(first::output).contains("UP");
        var auth = Map.of("Authorization", "Bearer " + apiToken(dataDir, "demo.chief"));
        var units = UNIT_ID.matcher(first.get("/api/v1/units", auth).body());
        assertThat(units.find()).isTrue();
        String unit = units.group(1);

        Set<String> answered = ConcurrentHashMap.newKeySet();
        var submitters = Executors.newFixedThreadPool(SUBMITTERS);
        var client = HttpClient.newHttpClient();
        for (int s = 0; s < SUBMITTERS; s++) {
            int submitter = s;
            submitters.submit(() -> {
                for (int n = 0; ; n++) {
                    String number = "K" + submitter + "-" + n;
                    var request = HttpRequest.newBuilder(first.url("/api/v1/staff"))
                            .header("Authorization", auth.get("Authorization"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"personnelNumber": "%s", "surname": "Crash", "givenName": "Test",
                                     "grade": "inspecteur", "unit": "%s", "employmentKind": "PERMANENT",
                                     "entryDate": "2025-01-01"}""".formatted(number, unit))).build();
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                            answered.add(number);
                        }
                    }
                    catch (Exception killed) {
                        return;
                    }
                }
            });
        }
        while (answered.size() < 30) {
            Thread.sleep(20);
        }
        first.process().destroyForcibly().waitFor();
        submitters.shutdown();
        assertThat(submitters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        var second = KompasProcess.start(temp, Map.of(), port, log, serve);
        try {
            assertThat(second.awaitReady()).as(second::output).contains("UP");
            Map<String, Integer> periods = new HashMap<>();
            try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort
                    + "/postgres", "postgres", null);
                    var result = connection.createStatement().executeQuery("select s.personnel_number,"
                            + " count(p.id) from staff_member s left join employment_period p on p.staff_member_id"
                            + " = s.id where s.surname = 'Crash' group by s.personnel_number")) {
                while (result.next()) {
                    periods.put(result.getString(1), result.getInt(2));
                }
            }
            assertThat(periods.keySet()).containsAll(answered);
            assertThat(periods.values()).as("each stored staff member has its employment period").containsOnly(1);
        }
        finally {
            second.stop();
        }
        var verify = KompasProcess.start(temp, Map.of(), port, temp.resolve("verify.log"), "-jar",
                KompasProcess.JAR.toString(), "audit", "verify", "--kompas.data-dir=" + dataDir,
                "--kompas.embedded-db.port=" + databasePort);
        assertThat(verify.process().waitFor()).as(verify::output).isZero();
        assertThat(verify.output()).contains("Audit trail intact");
    }

    /** The fifth column of the demo logins file. */
    private static String apiToken(Path dataDir, String username) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(dataDir.resolve("demo-credentials.tsv")));
        return lines.stream().map(line -> line.split("\t")).filter(columns -> columns[1].equals(username))
                .map(columns -> columns[4]).findFirst().orElseThrow();
    }
}
