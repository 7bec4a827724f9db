package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged jar as the container image uses it (run by failsafe after {@code package}): its layers, and the
 * application started from the extracted layers, configured only through environment variables.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "kompas.jar");
    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
            "application");

    @TempDir
    Path temp;

    @Test
    void listsTheLayersTheDockerfileCopies() throws Exception {
        assertThat(run(temp, "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(), "list-layers")
                .lines().map(String::strip).filter(line -> !line.isEmpty())).containsExactlyElementsOf(LAYERS);
    }

    @Test
    void startsFromTheExtractedLayersWithAnExternalDatabaseFromTheEnvironment() throws Exception {
        Path extracted = temp.resolve("extracted");
        run(temp, "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(), "extract", "--layers",
                "--launcher", "--destination", extracted.toString());
        // As the Dockerfile does: every layer copied into one application directory.
        Path app = Files.createDirectories(temp.resolve("app"));
        for (String layer : LAYERS) {
            copyTree(extracted.resolve(layer), app);
        }
        int port = freePort();
        try (var database = EmbeddedPostgres.builder().setPort(0).start()) {
            var builder = new ProcessBuilder(java(), "org.springframework.boot.loader.launch.JarLauncher")
                    .directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("kompas.log").toFile());
            builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:"
                    + database.getPort() + "/postgres", "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SERVER_PORT", Integer.toString(port), "KOMPAS_DATA_DIR", temp.resolve("data").toString(),
                    "KOMPAS_DEMO_ENABLED", "false", "KOMPAS_SESSIONS_JDBC", "true"));
            Process kompas = builder.start();
            try {
                assertThat(awaitUp(port, "/actuator/health/readiness", kompas))
                        .as(() -> log(temp)).contains("\"status\":\"UP\"");
                assertThat(get(port, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
                assertThat(Files.exists(temp.resolve("data").resolve("postgres"))).isFalse();
            }
            finally {
                kompas.destroy();
                kompas.waitFor();
            }
        }
    }

    private static String awaitUp(int port, String path, Process kompas) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && kompas.isAlive()) {
            try {
                var response = get(port, path);
                if (response.statusCode() == 200) {
                    return response.body();
                }
            }
            catch (IOException notYetListening) {
                // Starting: try again shortly.
            }
            Thread.sleep(500);
        }
        return "not up";
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String run(Path directory, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static String log(Path temp) {
        try {
            return Files.readString(temp.resolve("kompas.log"));
        }
        catch (IOException e) {
            return "no log";
        }
    }
}
