package be.kompas;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Kompas as an operating-system process of its own, for the tests of the packaged jar (run by failsafe). */
record KompasProcess(Process process, int port, Path log) {

    static final Path JAR = Path.of("target", "kompas.jar").toAbsolutePath();

    /** Starts {@code java ARGUMENTS} in the directory with the environment added, its output in {@code log}. */
    static KompasProcess start(Path directory, Map<String, String> environment, int port, Path log,
            String... arguments) throws IOException {
        var command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new KompasProcess(builder.start(), port, log);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The readiness probe's answer once it is 200, or "not up" when the process ends or takes too long. */
    String awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                var response = get("/actuator/health/readiness", Map.of());
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

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(url(path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGTERM, as a service manager stops it, and waits. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    String output() {
        try {
            return Files.readString(log);
        }
        catch (IOException e) {
            return "no output";
        }
    }
}
