package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
            "application");

    @TempDir
    Path temp;

    @Test
    void listsTheLayersTheDockerfileCopies() throws Exception {
        assertThat(run(temp, "-Djarmode=tools", "-jar", KompasProcess.JAR.toString(), "list-layers")
                .lines().map(String::strip).filter(line -> !line.isEmpty())).containsExactlyElementsOf(LAYERS);
    }

    @Test
    void startsFromTheExtractedLayersWithAnExternalDatabaseFromTheEnvironment() throws Exception {
        Path extracted = temp.resolve("extracted");
        run(temp, "-Djarmode=tools", "-jar", KompasProcess.JAR.toString(), "extract", "--layers",
                "--launcher", "--destination", extracted.toString());
        // As the Dockerfile does: every layer copied into one application directory.
        Path app = Files.createDirectories(temp.resolve("app"));
        for (String layer : LAYERS) {
            copyTree(extracted.resolve(layer), app);
        }
        int port = KompasProcess.freePort();
        try (var database = EmbeddedPostgres.builder().setPort(0).start()) {
            var kompas = KompasProcess.start(app, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:"
                    + database.getPort() + "/postgres", "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SERVER_PORT", Integer.toString(port), "KOMPAS_DATA_DIR", temp.resolve("data").toString(),
                    "KOMPAS_DEMO_ENABLED", "false", "KOMPAS_SESSIONS_JDBC", "true"), port, temp.resolve("kompas.log"),
                    "org.springframework.boot.loader.launch.JarLauncher");
            try {
                assertThat(kompas.awaitReady()).as(kompas::output).contains("\"status\":\"UP\"");
                assertThat(kompas.get("/actuator/health/liveness", Map.of()).body()).contains("\"status\":\"UP\"");
                assertThat(Files.exists(temp.resolve("data").resolve("postgres"))).isFalse();
            }
            finally {
                kompas.stop();
            }
        }
    }

    private static String run(Path directory, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(KompasProcess.java()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
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
}
