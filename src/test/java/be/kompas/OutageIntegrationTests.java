package be.kompas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import be.kompas.demo.DemoLogins;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Faults that a zone's IT department will meet: the database stops under load and comes back, and the disk that
 * takes uploads fills up. Users get a clear answer, nothing is half-written, and Kompas recovers without a restart.
 */
class OutageIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    static int port;
    static EmbeddedPostgres database;
    static ConfigurableApplicationContext app;
    static String base;

    /** A 256 KB file system for the servlet container's upload spool, when this machine lets the tests mount one. */
    static boolean smallUploadDisk;

    @BeforeAll
    static void start() throws Exception {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = startDatabase();
        Path uploads = Files.createDirectories(dataDir.resolve("uploads"));
        smallUploadDisk = mount(uploads);
        app = new SpringApplicationBuilder(KompasApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--kompas.data-dir=" + dataDir.resolve("kompas"),
                "--kompas.scheduling.enabled=false",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.hikari.connection-timeout=2000",
                "--spring.servlet.multipart.location=" + uploads, "--spring.servlet.multipart.file-size-threshold=0");
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        database.close();
        if (smallUploadDisk) {
            new ProcessBuilder("umount", dataDir.resolve("uploads").toString()).start().waitFor();
        }
    }

    @Test
    void whileTheDatabaseIsAwayUsersAreToldSoAndKompasRecoversWhenItReturns() throws Exception {
        var browser = HttpSignIn.signedIn(base, "demo.coordinator", "test-password-123");
        String token = "Bearer " + app.getBean(DemoLogins.class).byUsername("demo.chief").orElseThrow().apiToken();
        assertThat(page(browser, "/people/staff").statusCode()).isEqualTo(200);

        database.close();
        try {
            var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 20; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> page(browser, "/people/staff")));
                answers.add(CompletableFuture.supplyAsync(() -> send(HttpClient.newHttpClient(),
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/staff")).header("Authorization", token))));
            }
            for (var answer : answers) {
                HttpResponse<String> response = answer.join();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
                if (response.uri().getPath().startsWith("/api/")) {
                    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                            .startsWith("application/problem+json");
                }
                else {
                    assertThat(response.body()).contains("error-page", "databank").doesNotContain("Exception");
                }
            }
            assertThat(readiness()).isEqualTo(503);
        }
        finally {
            database = startDatabase();
        }

        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < until) {
            status = page(browser, "/people/staff").statusCode();
            Thread.sleep(250);
        }
        assertThat(status).as("the same session works again once the database is back").isEqualTo(200);
        assertThat(readiness()).isEqualTo(200);
    }

    @Test
    void anUploadThatFindsTheDiskFullIsRefusedClearlyAndStoresNothing() throws Exception {
        assumeTrue(smallUploadDisk, "mounting a small file system needs root and a machine that allows it");
        var citizen = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var form = CSRF.matcher(page(citizen, "/public/advice/demo").body());
        assertThat(form.find()).isTrue();
        long reports = reports();

        var response = send(citizen, multipart("/public/advice/demo", form.group(1), new byte[1024 * 1024]));

        assertThat(response.statusCode()).isEqualTo(507);
        assertThat(response.body()).contains("error-page", "opslagruimte").doesNotContain("Exception");
        assertThat(reports()).isEqualTo(reports);
        assertThat(page(citizen, "/public/advice/demo").statusCode()).as("Kompas itself carries on").isEqualTo(200);
    }

    private static long reports() {
        return app.getBean(JdbcClient.class).sql("select count(*) from advice_report").query(Long.class).single();
    }

    private static HttpRequest.Builder multipart(String path, String csrf, byte[] file) throws IOException {
        String boundary = "kompas-test-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nA question.\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // The token travels as a header: reading it from a multipart body would parse the upload before the test's
        // point, in the security filter.
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Never a clean data directory: the library deletes such a directory when the server stops. */
    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private static boolean mount(Path directory) {
        try {
            return new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", directory.toString())
                    .redirectErrorStream(true).start().waitFor() == 0;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int readiness() {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")))
                .statusCode();
    }

    private static HttpResponse<String> page(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
